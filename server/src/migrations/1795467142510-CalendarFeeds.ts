import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1795467142510 implements MigrationInterface {
  name = 'CalendarFeeds1795467142510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_df53b5f17d35a6bac0fb13e16ad" UNIQUE ("token_hash"), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "calendar_feeds_person_idx" ON "calendar_feeds"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "calendar_feeds_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feeds_person_idx"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
