import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimelineOrder1795474221762 implements MigrationInterface {
  name = 'TimelineOrder1795474221762';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."progress_updates_commitment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."changes_entity_idx"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "changes" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`CREATE INDEX "progress_updates_commitment_idx" ON "progress_updates"  ("commitment_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "changes_entity_idx" ON "changes"  ("entity_type", "entity_id", "seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."changes_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."progress_updates_commitment_idx"`);
    await queryRunner.query(`ALTER TABLE "changes" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP COLUMN "seq"`);
    await queryRunner.query(`CREATE INDEX "changes_entity_idx" ON "changes" USING btree ("entity_type", "entity_id", "at") `);
    await queryRunner.query(`CREATE INDEX "progress_updates_commitment_idx" ON "progress_updates" USING btree ("commitment_id", "created_at") `);
  }
}
