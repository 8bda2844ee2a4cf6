import type { MigrationInterface, QueryRunner } from 'typeorm';

export class YearlyReview1795476207325 implements MigrationInterface {
  name = 'YearlyReview1795476207325';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "yearly_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "year" integer NOT NULL, "opened_by_id" uuid, CONSTRAINT "PK_15000c4322cba809289e869adc2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "yearly_reviews_plan_year_key" ON "yearly_reviews"  ("plan_id", "year") `);
    await queryRunner.query(`CREATE TABLE "partner_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "review_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "year" integer NOT NULL, "organization_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'NOT_STARTED', "sections" jsonb NOT NULL DEFAULT '[]'::jsonb, "comments" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, CONSTRAINT "partner_reports_status_check" CHECK ("status" IN ('NOT_STARTED','DRAFT','SUBMITTED')), CONSTRAINT "PK_7c939d22be6d1ea1db2d8b2d996" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "partner_reports_plan_idx" ON "partner_reports"  ("plan_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_reports_review_organization_key" ON "partner_reports"  ("review_id", "organization_id") `);
    await queryRunner.query(`ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_opened_by_fk" FOREIGN KEY ("opened_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_reports" ADD CONSTRAINT "partner_reports_review_fk" FOREIGN KEY ("review_id") REFERENCES "yearly_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_reports" ADD CONSTRAINT "partner_reports_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_reports" ADD CONSTRAINT "partner_reports_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_reports" ADD CONSTRAINT "partner_reports_submitted_by_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_reports" DROP CONSTRAINT "partner_reports_submitted_by_fk"`);
    await queryRunner.query(`ALTER TABLE "partner_reports" DROP CONSTRAINT "partner_reports_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "partner_reports" DROP CONSTRAINT "partner_reports_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "partner_reports" DROP CONSTRAINT "partner_reports_review_fk"`);
    await queryRunner.query(`ALTER TABLE "yearly_reviews" DROP CONSTRAINT "yearly_reviews_opened_by_fk"`);
    await queryRunner.query(`ALTER TABLE "yearly_reviews" DROP CONSTRAINT "yearly_reviews_plan_fk"`);
    await queryRunner.query(`DROP INDEX "public"."partner_reports_review_organization_key"`);
    await queryRunner.query(`DROP INDEX "public"."partner_reports_plan_idx"`);
    await queryRunner.query(`DROP TABLE "partner_reports"`);
    await queryRunner.query(`DROP INDEX "public"."yearly_reviews_plan_year_key"`);
    await queryRunner.query(`DROP TABLE "yearly_reviews"`);
  }
}
