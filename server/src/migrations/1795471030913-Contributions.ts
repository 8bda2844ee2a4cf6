import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contributions1795471030913 implements MigrationInterface {
  name = 'Contributions1795471030913';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "meeting_id" uuid, "agenda_item_id" uuid, "orientation_id" uuid, "action_id" uuid, "parent_id" uuid, "author_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'OPEN', "status_reason" text, "merged_into_id" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" text, "resulting_action_id" uuid, "resulting_agenda_item_id" uuid, "resulting_decision_id" uuid, CONSTRAINT "contributions_merge_check" CHECK (("status" = 'MERGED') = ("merged_into_id" IS NOT NULL)), CONSTRAINT "contributions_status_check" CHECK ("status" IN ('OPEN','RETAINED','DECLINED','MERGED')), CONSTRAINT "contributions_kind_check" CHECK ("kind" IN ('PROPOSAL','IDEA','QUESTION','OBJECTION','AMENDMENT')), CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "contributions_meeting_idx" ON "contributions"  ("meeting_id", "agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "contributions_plan_idx" ON "contributions"  ("plan_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "contribution_supports" ("contribution_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_064e74ea79d9f105d58a219b94f" PRIMARY KEY ("contribution_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "contribution_supports_person_idx" ON "contribution_supports"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "contribution_reactions" ("contribution_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reaction" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contribution_reactions_kind_check" CHECK ("reaction" IN ('THANKS','AGREE','THINKING','CONCERN')), CONSTRAINT "PK_dd56a7ba548c9d343b5d19dadac" PRIMARY KEY ("contribution_id", "person_id", "reaction"))`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "room_opened_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "room_closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "current_item_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "timer_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "elapsed_seconds" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_current_item_fk" FOREIGN KEY ("current_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_orientation_fk" FOREIGN KEY ("orientation_id") REFERENCES "orientations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_merged_into_fk" FOREIGN KEY ("merged_into_id") REFERENCES "contributions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_hidden_by_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_resulting_action_fk" FOREIGN KEY ("resulting_action_id") REFERENCES "actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_resulting_agenda_item_fk" FOREIGN KEY ("resulting_agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contributions" ADD CONSTRAINT "contributions_resulting_decision_fk" FOREIGN KEY ("resulting_decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_supports" ADD CONSTRAINT "contribution_supports_contribution_fk" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_supports" ADD CONSTRAINT "contribution_supports_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_reactions" ADD CONSTRAINT "contribution_reactions_contribution_fk" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_reactions" ADD CONSTRAINT "contribution_reactions_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution_reactions" DROP CONSTRAINT "contribution_reactions_person_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_reactions" DROP CONSTRAINT "contribution_reactions_contribution_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_supports" DROP CONSTRAINT "contribution_supports_person_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_supports" DROP CONSTRAINT "contribution_supports_contribution_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_resulting_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_resulting_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_resulting_action_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_hidden_by_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_merged_into_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_author_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_parent_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_action_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_orientation_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "contributions_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_current_item_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "elapsed_seconds"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "timer_started_at"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "current_item_id"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "room_closed_at"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "room_opened_at"`);
    await queryRunner.query(`DROP TABLE "contribution_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_supports_person_idx"`);
    await queryRunner.query(`DROP TABLE "contribution_supports"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "contributions"`);
  }
}
