import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BallotClientIds1795472971664 implements MigrationInterface {
  name = 'BallotClientIds1795472971664';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" ADD "client_id" uuid NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "client_id"`);
  }
}
