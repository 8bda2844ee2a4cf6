import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1795475129220 implements MigrationInterface {
  name = 'FollowUp1795475129220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "budget_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "funder_id" uuid NOT NULL, "year" integer NOT NULL, "planned" numeric(14,2) NOT NULL DEFAULT '0', "committed" numeric(14,2) NOT NULL DEFAULT '0', "spent" numeric(14,2) NOT NULL DEFAULT '0', "note" text NOT NULL DEFAULT '', "archive_reason" text, CONSTRAINT "budget_lines_archive_reason_check" CHECK ("archived_at" IS NULL OR "archive_reason" IS NOT NULL), CONSTRAINT "budget_lines_amounts_check" CHECK ("planned" >= 0 AND "committed" >= 0 AND "spent" >= 0), CONSTRAINT "PK_4eabf9c9d7c8edc9ad302270c94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "budget_lines_action_funder_year_key" ON "budget_lines"  ("action_id", "funder_id", "year") WHERE "archived_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "budget_lines_funder_idx" ON "budget_lines"  ("funder_id") `);
    await queryRunner.query(`CREATE INDEX "budget_lines_plan_idx" ON "budget_lines"  ("plan_id") `);
    await queryRunner.query(`CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "name" text NOT NULL, "unit" text NOT NULL DEFAULT '', "baseline" double precision NOT NULL, "target" double precision NOT NULL, "target_on" date, "direction" text NOT NULL, "archive_reason" text, CONSTRAINT "indicators_archive_reason_check" CHECK ("archived_at" IS NULL OR "archive_reason" IS NOT NULL), CONSTRAINT "indicators_target_check" CHECK (("direction" = 'UP_IS_GOOD' AND "target" >= "baseline") OR ("direction" = 'DOWN_IS_GOOD' AND "target" <= "baseline")), CONSTRAINT "indicators_direction_check" CHECK ("direction" IN ('UP_IS_GOOD','DOWN_IS_GOOD')), CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "indicators_action_name_key" ON "indicators"  ("action_id", "name") WHERE "archived_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "indicators_plan_idx" ON "indicators"  ("plan_id") `);
    await queryRunner.query(`CREATE TABLE "measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "indicator_id" uuid NOT NULL, "measured_on" date NOT NULL, "value" double precision NOT NULL, "source" text NOT NULL DEFAULT '', "reported_by_id" uuid, "archive_reason" text, CONSTRAINT "measurements_archive_reason_check" CHECK ("archived_at" IS NULL OR "archive_reason" IS NOT NULL), CONSTRAINT "PK_3c0e7812563f27fd68e8271661b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "measurements_indicator_date_key" ON "measurements"  ("indicator_id", "measured_on") WHERE "archived_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "title" text NOT NULL, "planned_on" date NOT NULL, "done_on" date, "responsible_id" uuid, "archive_reason" text, CONSTRAINT "milestones_archive_reason_check" CHECK ("archived_at" IS NULL OR "archive_reason" IS NOT NULL), CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "milestones_action_idx" ON "milestones"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "milestones_plan_planned_idx" ON "milestones"  ("plan_id", "planned_on") `);
    await queryRunner.query(`ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_funder_fk" FOREIGN KEY ("funder_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "indicators_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_fk" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurements" ADD CONSTRAINT "measurements_reported_by_fk" FOREIGN KEY ("reported_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "milestones_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "milestones_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "milestones_responsible_fk" FOREIGN KEY ("responsible_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "milestones_responsible_fk"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "milestones_action_fk"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "milestones_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP CONSTRAINT "measurements_reported_by_fk"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP CONSTRAINT "measurements_indicator_fk"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "indicators_action_fk"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "indicators_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "budget_lines_funder_fk"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "budget_lines_action_fk"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "budget_lines_plan_fk"`);
    await queryRunner.query(`DROP INDEX "public"."milestones_plan_planned_idx"`);
    await queryRunner.query(`DROP INDEX "public"."milestones_action_idx"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "public"."measurements_indicator_date_key"`);
    await queryRunner.query(`DROP TABLE "measurements"`);
    await queryRunner.query(`DROP INDEX "public"."indicators_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."indicators_action_name_key"`);
    await queryRunner.query(`DROP TABLE "indicators"`);
    await queryRunner.query(`DROP INDEX "public"."budget_lines_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."budget_lines_funder_idx"`);
    await queryRunner.query(`DROP INDEX "public"."budget_lines_action_funder_year_key"`);
    await queryRunner.query(`DROP TABLE "budget_lines"`);
  }
}
