import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795464345049 implements MigrationInterface {
  name = 'Initial1795464345049';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "territories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "commune_count" integer, "population" integer, CONSTRAINT "UQ_58ba3e8212ac50a8bdc2ad0d300" UNIQUE ("name"), CONSTRAINT "territories_population_check" CHECK ("population" IS NULL OR "population" >= 0), CONSTRAINT "territories_kind_check" CHECK ("kind" IN ('COMMUNE','AGGLOMERATION_COMMUNITY','URBAN_COMMUNITY','COMMUNES_COMMUNITY','METROPOLIS','PAYS','DEPARTMENT','REGION')), CONSTRAINT "PK_5fd98f342e49509ee461d86f54f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "territory_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "adopted_on" date, "adopted_by" text, "summary" text NOT NULL DEFAULT '', CONSTRAINT "plans_status_check" CHECK ("status" IN ('DRAFT','ADOPTED','IN_PROGRESS','UNDER_REVIEW','COMPLETED')), CONSTRAINT "plans_kind_check" CHECK ("kind" IN ('PLDESS','PLDE_ESS_PART')), CONSTRAINT "plans_period_check" CHECK ("end_year" >= "start_year"), CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "plans_territory_idx" ON "plans"  ("territory_id") `);
    await queryRunner.query(`CREATE TABLE "orientations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "stake" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', CONSTRAINT "orientations_number_check" CHECK ("number" > 0), CONSTRAINT "PK_653d937a7f56c5e7ebf0e3d13fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "orientations_plan_number_key" ON "orientations"  ("plan_id", "number") `);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "name" text NOT NULL, "acronym" text, "kind" text NOT NULL, "website" text, CONSTRAINT "UQ_9b7ca6d30b94fef571cff876884" UNIQUE ("name"), CONSTRAINT "organizations_kind_check" CHECK ("kind" IN ('ASSOCIATION','COOPERATIVE','MUTUAL','FOUNDATION','ESS_BUSINESS','LOCAL_AUTHORITY','STATE','PUBLIC_BODY','CHAMBER','DEVELOPMENT_AGENCY','SOCIAL_PARTNER','NETWORK','BUSINESS','OTHER')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "orientation_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "lead_partner_id" uuid, "status" text NOT NULL DEFAULT 'PLANNED', "starts_on" date, "ends_on" date, CONSTRAINT "actions_dates_check" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "actions_status_check" CHECK ("status" IN ('PLANNED','IN_PROGRESS','DONE','SUSPENDED','ABANDONED')), CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "actions_orientation_idx" ON "actions"  ("orientation_id") `);
    await queryRunner.query(`CREATE TABLE "action_partners" ("action_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_8fcb7fc578bd3961bb5bab7e5b6" PRIMARY KEY ("action_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "action_partners_organization_idx" ON "action_partners"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "organization_id" uuid, "is_admin" boolean NOT NULL DEFAULT false, "password_hash" text, CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email"), CONSTRAINT "people_email_check" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%'), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "invitations_person_idx" ON "invitations"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_person_idx" ON "sessions"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "governance_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "plan_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "mission" text NOT NULL DEFAULT '', "min_meetings_per_year" integer NOT NULL DEFAULT '1', CONSTRAINT "governance_bodies_min_meetings_check" CHECK ("min_meetings_per_year" >= 0), CONSTRAINT "governance_bodies_kind_check" CHECK ("kind" IN ('STEERING_COMMITTEE','TECHNICAL_COMMITTEE','ACTOR_COLLECTIVE','GOVERNANCE_COUNCIL','TECHNICAL_FOLLOW_UP_COMMITTEE','TERRITORIAL_WATCH_UNIT','PROJECT_GROUP','STEERING_BODY','DECISION_BODY','OTHER')), CONSTRAINT "PK_d05965c222fff3a0b83a60e55b5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "governance_bodies_plan_idx" ON "governance_bodies"  ("plan_id") `);
    await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "body_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "organization_id" uuid, "starts_on" date NOT NULL DEFAULT ('now'::text)::date, "ends_on" date, CONSTRAINT "memberships_period_check" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "memberships_role_check" CHECK ("role" IN ('CHAIR','CO_CHAIR','SECRETARY','MEMBER','OBSERVER')), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "memberships_person_idx" ON "memberships"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "memberships_open_key" ON "memberships"  ("body_id", "person_id") WHERE "ends_on" IS NULL`);
    await queryRunner.query(`CREATE TABLE "events" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "events_topic_seq_key" ON "events"  ("topic", "seq") `);
    await queryRunner.query(`CREATE TABLE "topic_sequences" ("topic" text NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_51175fc65f21504cf71d5e2466a" PRIMARY KEY ("topic"))`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plans_territory_fk" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "orientations" ADD CONSTRAINT "orientations_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "actions" ADD CONSTRAINT "actions_orientation_fk" FOREIGN KEY ("orientation_id") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "actions" ADD CONSTRAINT "actions_lead_partner_fk" FOREIGN KEY ("lead_partner_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_partners" ADD CONSTRAINT "action_partners_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_partners" ADD CONSTRAINT "action_partners_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people" ADD CONSTRAINT "people_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "invitations_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_fk" FOREIGN KEY ("invited_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "sessions_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_fk" FOREIGN KEY ("body_id") REFERENCES "governance_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_person_fk"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_body_fk"`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" DROP CONSTRAINT "governance_bodies_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_person_fk"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_invited_by_fk"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_person_fk"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "people_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "action_partners" DROP CONSTRAINT "action_partners_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "action_partners" DROP CONSTRAINT "action_partners_action_fk"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_lead_partner_fk"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_orientation_fk"`);
    await queryRunner.query(`ALTER TABLE "orientations" DROP CONSTRAINT "orientations_plan_fk"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plans_territory_fk"`);
    await queryRunner.query(`DROP TABLE "topic_sequences"`);
    await queryRunner.query(`DROP INDEX "public"."events_topic_seq_key"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_person_idx"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."governance_bodies_plan_idx"`);
    await queryRunner.query(`DROP TABLE "governance_bodies"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_person_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_person_idx"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."action_partners_organization_idx"`);
    await queryRunner.query(`DROP TABLE "action_partners"`);
    await queryRunner.query(`DROP INDEX "public"."actions_orientation_idx"`);
    await queryRunner.query(`DROP TABLE "actions"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."orientations_plan_number_key"`);
    await queryRunner.query(`DROP TABLE "orientations"`);
    await queryRunner.query(`DROP INDEX "public"."plans_territory_idx"`);
    await queryRunner.query(`DROP TABLE "plans"`);
    await queryRunner.query(`DROP TABLE "territories"`);
  }
}
