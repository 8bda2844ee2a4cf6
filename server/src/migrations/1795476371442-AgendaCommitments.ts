import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgendaCommitments1795476371442 implements MigrationInterface {
  name = 'AgendaCommitments1795476371442';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "commitment_id" uuid`);
    await queryRunner.query(`CREATE INDEX "agenda_items_commitment_idx" ON "agenda_items"  ("commitment_id") `);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_commitment_fk" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_commitment_fk"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_commitment_idx"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "commitment_id"`);
  }
}
