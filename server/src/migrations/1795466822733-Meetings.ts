import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795466822733 implements MigrationInterface {
  name = 'Meetings1795466822733';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "body_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL DEFAULT 'REGULAR', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "online_url" text, "status" text NOT NULL DEFAULT 'DRAFT', "agenda_revision" integer NOT NULL DEFAULT '0', "cancellation_reason" text, CONSTRAINT "meetings_period_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "meetings_status_check" CHECK ("status" IN ('DRAFT','CONVENED','IN_SESSION','CLOSED','MINUTES_APPROVED','CANCELLED')), CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('REGULAR','WORKSHOP')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meetings_body_starts_idx" ON "meetings"  ("body_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "body_id" uuid NOT NULL, "meeting_id" uuid, "parent_id" uuid, "position" integer NOT NULL DEFAULT '0', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "kind" text NOT NULL DEFAULT 'INFORMATION', "duration_minutes" integer NOT NULL DEFAULT '15', "presenter_id" uuid, "preparer_id" uuid, "ready" boolean NOT NULL DEFAULT false, "orientation_ids" uuid array NOT NULL DEFAULT '{}', "action_ids" uuid array NOT NULL DEFAULT '{}', "links" jsonb NOT NULL DEFAULT '[]', "notes" text NOT NULL DEFAULT '', "outcome" text NOT NULL DEFAULT 'PENDING', "rolled_over_from_id" uuid, CONSTRAINT "agenda_items_parent_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "agenda_items_duration_check" CHECK ("duration_minutes" BETWEEN 0 AND 600), CONSTRAINT "agenda_items_outcome_check" CHECK ("outcome" IN ('PENDING','DONE','UNFINISHED')), CONSTRAINT "agenda_items_kind_check" CHECK ("kind" IN ('INFORMATION','DISCUSSION','DECISION','CO_CONSTRUCTION')), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "agenda_items_body_idx" ON "agenda_items"  ("body_id") `);
    await queryRunner.query(`CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items"  ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TABLE "attendances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "guest" boolean NOT NULL DEFAULT false, "voting" boolean NOT NULL DEFAULT true, "response" text NOT NULL DEFAULT 'PENDING', "presence" text NOT NULL DEFAULT 'UNKNOWN', "proxy_to_id" uuid, CONSTRAINT "attendances_proxy_check" CHECK ("proxy_to_id" IS NULL OR "proxy_to_id" <> "person_id"), CONSTRAINT "attendances_presence_check" CHECK ("presence" IN ('UNKNOWN','PRESENT','EXCUSED','ABSENT')), CONSTRAINT "attendances_response_check" CHECK ("response" IN ('PENDING','ATTENDING','EXCUSED')), CONSTRAINT "PK_483ed97cd4cd43ab4a117516b69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "attendances_person_idx" ON "attendances"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "attendances_meeting_person_key" ON "attendances"  ("meeting_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "text" text NOT NULL, "kind" text NOT NULL DEFAULT 'DECISION', "votes_for" integer, "votes_against" integer, "abstentions" integer, "action_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "decisions_votes_check" CHECK (coalesce("votes_for", 0) >= 0 AND coalesce("votes_against", 0) >= 0 AND coalesce("abstentions", 0) >= 0), CONSTRAINT "decisions_kind_check" CHECK ("kind" IN ('DECISION','OPINION','VALIDATION','ORIENTATION')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "decisions_meeting_idx" ON "decisions"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "agenda_publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "revision" integer NOT NULL, "snapshot" jsonb NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed5dfbdc06d7f09ac6bd49ce41a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agenda_publications_meeting_revision_key" ON "agenda_publications"  ("meeting_id", "revision") `);
    await queryRunner.query(`CREATE TABLE "minutes_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'DRAFT', "correction_reason" text, "approved_in_meeting_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "minutes_versions_status_check" CHECK ("status" IN ('DRAFT','PROPOSED','APPROVED')), CONSTRAINT "PK_7a9a3e73923ffaddc370c83b869" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_versions_meeting_version_key" ON "minutes_versions"  ("meeting_id", "version") `);
    await queryRunner.query(`ALTER TABLE "governance_bodies" ADD "quorum_percent" integer NOT NULL DEFAULT '50'`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" ADD "quorum_counts_proxies" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_quorum_check" CHECK ("quorum_percent" BETWEEN 0 AND 100)`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_fk" FOREIGN KEY ("body_id") REFERENCES "governance_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_body_fk" FOREIGN KEY ("body_id") REFERENCES "governance_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_fk" FOREIGN KEY ("presenter_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_preparer_fk" FOREIGN KEY ("preparer_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendances" ADD CONSTRAINT "attendances_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendances" ADD CONSTRAINT "attendances_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendances" ADD CONSTRAINT "attendances_proxy_to_fk" FOREIGN KEY ("proxy_to_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_publications" ADD CONSTRAINT "agenda_publications_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_publications" ADD CONSTRAINT "agenda_publications_published_by_fk" FOREIGN KEY ("published_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_approved_in_fk" FOREIGN KEY ("approved_in_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_versions" DROP CONSTRAINT "minutes_versions_author_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" DROP CONSTRAINT "minutes_versions_approved_in_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" DROP CONSTRAINT "minutes_versions_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_publications" DROP CONSTRAINT "agenda_publications_published_by_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_publications" DROP CONSTRAINT "agenda_publications_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_proxy_to_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_person_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_preparer_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_presenter_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_parent_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_body_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_body_fk"`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" DROP CONSTRAINT "governance_bodies_quorum_check"`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" DROP COLUMN "quorum_counts_proxies"`);
    await queryRunner.query(`ALTER TABLE "governance_bodies" DROP COLUMN "quorum_percent"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_versions_meeting_version_key"`);
    await queryRunner.query(`DROP TABLE "minutes_versions"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_publications_meeting_revision_key"`);
    await queryRunner.query(`DROP TABLE "agenda_publications"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "public"."attendances_meeting_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."attendances_person_idx"`);
    await queryRunner.query(`DROP TABLE "attendances"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_body_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_body_starts_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
