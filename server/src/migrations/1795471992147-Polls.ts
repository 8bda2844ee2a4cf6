import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Polls1795471992147 implements MigrationInterface {
  name = 'Polls1795471992147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "question" text NOT NULL, "method" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "secret" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'OPEN', "closed_at" TIMESTAMP WITH TIME ZONE, "decision_id" uuid, CONSTRAINT "polls_status_check" CHECK ("status" IN ('OPEN','CLOSED')), CONSTRAINT "polls_method_check" CHECK ("method" IN ('SIMPLE_MAJORITY','TWO_THIRDS','FOUR_FIFTHS','CONSENT','TEMPERATURE')), CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "polls_meeting_idx" ON "polls"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "ballots" ("poll_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "cast_by_id" uuid NOT NULL, "choice" text NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f0ca5712c16e3c03a5271be8282" PRIMARY KEY ("poll_id", "voter_id"))`);
    await queryRunner.query(`ALTER TABLE "polls" ADD CONSTRAINT "polls_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "polls" ADD CONSTRAINT "polls_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "polls" ADD CONSTRAINT "polls_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "ballots_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_fk" FOREIGN KEY ("voter_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD CONSTRAINT "ballots_cast_by_fk" FOREIGN KEY ("cast_by_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_cast_by_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_voter_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "polls_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "polls_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "polls_meeting_fk"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP INDEX "public"."polls_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "polls"`);
  }
}
