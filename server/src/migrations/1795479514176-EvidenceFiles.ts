import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceFiles1795479514176 implements MigrationInterface {
  name = 'EvidenceFiles1795479514176';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content" bytea NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_files_size_check" CHECK ("size" BETWEEN 1 AND 10485760), CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD "evidence_file_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "progress_updates_evidence_file_idx" ON "progress_updates"  ("evidence_file_id") `);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_fk" FOREIGN KEY ("uploaded_by") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_evidence_file_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "evidence_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "progress_updates_evidence_file_fk"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_uploaded_by_fk"`);
    await queryRunner.query(`DROP INDEX "public"."progress_updates_evidence_file_idx"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP COLUMN "evidence_file_id"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
