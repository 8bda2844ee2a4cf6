import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoEditing1795473800574 implements MigrationInterface {
  name = 'CoEditing1795473800574';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "documents" ("kind" text NOT NULL, "entity_id" uuid NOT NULL, "snapshot" bytea NOT NULL, "snapshot_seq" integer NOT NULL DEFAULT '0', "last_seq" integer NOT NULL DEFAULT '0', "state_vector" bytea NOT NULL, "text" text NOT NULL DEFAULT '', "text_changed_at" TIMESTAMP WITH TIME ZONE, "text_published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('ACTION_DESCRIPTION','ORIENTATION_DESCRIPTION','MINUTES')), CONSTRAINT "PK_afd0aac434ae91a31f1864db71f" PRIMARY KEY ("kind", "entity_id"))`);
    await queryRunner.query(`CREATE TABLE "document_updates" ("kind" text NOT NULL, "entity_id" uuid NOT NULL, "seq" integer NOT NULL, "update" bytea NOT NULL, "origin" text NOT NULL DEFAULT 'EDIT', "author_ids" uuid array NOT NULL DEFAULT '{}', "client_ids" text array NOT NULL DEFAULT '{}', "amendment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_updates_origin_check" CHECK ("origin" IN ('EDIT','ENTITY','AMENDMENT')), CONSTRAINT "PK_11d318b811ca8b96910a08c687e" PRIMARY KEY ("kind", "entity_id", "seq"))`);
    await queryRunner.query(`CREATE TABLE "document_amendments" ("contribution_id" uuid NOT NULL, "kind" text NOT NULL, "entity_id" uuid NOT NULL, "base_text" text NOT NULL, "base_seq" integer NOT NULL, "proposed_text" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE, "applied_by_id" uuid, "applied_seq" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_amendments_kind_check" CHECK ("kind" IN ('ACTION_DESCRIPTION','ORIENTATION_DESCRIPTION','MINUTES')), CONSTRAINT "PK_498bd8891cd957a6b199c404726" PRIMARY KEY ("contribution_id"))`);
    await queryRunner.query(`CREATE INDEX "document_amendments_document_idx" ON "document_amendments"  ("kind", "entity_id") `);
    await queryRunner.query(`ALTER TABLE "document_updates" ADD CONSTRAINT "document_updates_document_fk" FOREIGN KEY ("kind", "entity_id") REFERENCES "documents"("kind","entity_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_amendments" ADD CONSTRAINT "document_amendments_contribution_fk" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_amendments" ADD CONSTRAINT "document_amendments_applied_by_fk" FOREIGN KEY ("applied_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_amendments" DROP CONSTRAINT "document_amendments_applied_by_fk"`);
    await queryRunner.query(`ALTER TABLE "document_amendments" DROP CONSTRAINT "document_amendments_contribution_fk"`);
    await queryRunner.query(`ALTER TABLE "document_updates" DROP CONSTRAINT "document_updates_document_fk"`);
    await queryRunner.query(`DROP INDEX "public"."document_amendments_document_idx"`);
    await queryRunner.query(`DROP TABLE "document_amendments"`);
    await queryRunner.query(`DROP TABLE "document_updates"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
