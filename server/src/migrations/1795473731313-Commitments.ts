import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Commitments1795473731313 implements MigrationInterface {
  name = 'Commitments1795473731313';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "responsible_id" uuid, "decision_id" uuid, "title" text NOT NULL, "details" text NOT NULL DEFAULT '', "due_on" date, "status" text NOT NULL DEFAULT 'PROPOSED', "progress" integer NOT NULL DEFAULT '0', "abandon_reason" text, "archive_reason" text, CONSTRAINT "commitments_archive_reason_check" CHECK ("archived_at" IS NULL OR "archive_reason" IS NOT NULL), CONSTRAINT "commitments_abandon_reason_check" CHECK ("status" <> 'ABANDONED' OR "abandon_reason" IS NOT NULL), CONSTRAINT "commitments_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "commitments_status_check" CHECK ("status" IN ('PROPOSED','ACCEPTED','IN_PROGRESS','AT_RISK','DONE','ABANDONED')), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "commitments_decision_idx" ON "commitments"  ("decision_id") `);
    await queryRunner.query(`CREATE INDEX "commitments_organization_idx" ON "commitments"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "commitments_action_idx" ON "commitments"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "commitments_plan_status_idx" ON "commitments"  ("plan_id", "status") `);
    await queryRunner.query(`CREATE TABLE "progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" text NOT NULL, "previous_status" text NOT NULL, "progress" integer NOT NULL, "previous_progress" integer NOT NULL, "note" text NOT NULL DEFAULT '', "evidence_url" text, CONSTRAINT "progress_updates_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "progress_updates_status_check" CHECK ("status" IN ('PROPOSED','ACCEPTED','IN_PROGRESS','AT_RISK','DONE','ABANDONED')), CONSTRAINT "PK_180f6781848cb83b31c3deb131b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "progress_updates_commitment_idx" ON "progress_updates"  ("commitment_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "diff" jsonb NOT NULL, CONSTRAINT "changes_kind_check" CHECK ("kind" IN ('CREATED','UPDATED','ARCHIVED')), CONSTRAINT "PK_ee28fdddd557d6e0d4949a9741f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "changes_entity_idx" ON "changes"  ("entity_type", "entity_id", "at") `);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "commitments_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "commitments_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "commitments_responsible_fk" FOREIGN KEY ("responsible_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "commitments_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_commitment_fk" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "changes" ADD CONSTRAINT "changes_actor_fk" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "changes" DROP CONSTRAINT "changes_actor_fk"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "progress_updates_author_fk"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "progress_updates_commitment_fk"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "commitments_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "commitments_responsible_fk"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "commitments_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "commitments_action_fk"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "commitments_plan_fk"`);
    await queryRunner.query(`DROP INDEX "public"."changes_entity_idx"`);
    await queryRunner.query(`DROP TABLE "changes"`);
    await queryRunner.query(`DROP INDEX "public"."progress_updates_commitment_idx"`);
    await queryRunner.query(`DROP TABLE "progress_updates"`);
    await queryRunner.query(`DROP INDEX "public"."commitments_plan_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commitments_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commitments_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commitments_decision_idx"`);
    await queryRunner.query(`DROP TABLE "commitments"`);
  }
}
