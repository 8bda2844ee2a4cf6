import 'reflect-metadata';
import { openDatabase } from '../../server/src/app/database';
import { hashToken, newToken } from '../../server/src/auth/password';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { buildBody, buildPerson, buildPlan } from '../helpers/factories';

export interface DashboardPlanSize {
  actions: number;
  commitments: number;
  progressUpdates: number;
  measurements: number;
}

export const LARGE_PLAN: DashboardPlanSize = { actions: 2000, commitments: 20_000, progressUpdates: 100_000, measurements: 100_000 };

export interface DashboardWorld {
  planId: string;
  chairCookie: string;
  /** For the filtered page: a partner and an orientation of the plan. */
  organizationId: string;
  orientationId: string;
}

const ORIENTATIONS = 10;
const PARTNERS = 60;
const INDICATORS_PER_ACTION = 2;

/**
 * Migrates, then generates a large plan with bulk SQL (generate_series): orientations, actions,
 * partners, commitments in every status spread over two years of due dates, their progress
 * entries, two indicators per action and their measurements. One action in ten has no
 * commitment, so its progress comes from its indicators. Then ANALYZE, as a live database would be.
 */
export async function seedDashboardPlan(url: string, size: DashboardPlanSize): Promise<DashboardWorld> {
  const { dataSource: ds } = await openDatabase(url);
  try {
    const plan = await buildPlan(ds);
    const body = await buildBody(ds, { planId: plan.id });
    const chair = await buildPerson(ds);
    await ds.query(`INSERT INTO memberships (body_id, person_id, role, starts_on, version) VALUES ($1, $2, $3, '2021-01-01', 1)`, [body.id, chair.id, MemberRole.CHAIR]);
    const token = newToken();
    await ds.query(`INSERT INTO sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [hashToken(token), chair.id]);
    await ds.query(
      `INSERT INTO orientations (plan_id, number, title, version) SELECT $1, g, format('Orientation %s', g), 1 FROM generate_series(1, $2::int) g`,
      [plan.id, ORIENTATIONS],
    );
    await ds.query(
      `INSERT INTO actions (orientation_id, position, title, status, version)
       SELECT o.id, g / $2, format('Action %s', g), (ARRAY['PLANNED','IN_PROGRESS','IN_PROGRESS','DONE'])[1 + g % 4], 1
         FROM generate_series(0, $3::int - 1) g JOIN orientations o ON o.plan_id = $1 AND o.number = 1 + g % $2`,
      [plan.id, ORIENTATIONS, size.actions],
    );
    await ds.query(
      `INSERT INTO organizations (name, kind, version) SELECT format('Partenaire %s %s', $1::text, g), 'ASSOCIATION', 1 FROM generate_series(1, $2::int) g`,
      [plan.id, PARTNERS],
    );
    // Commitments go to nine actions in ten; statuses and partners vary along each action's commitments.
    await ds.query(
      `WITH a AS (SELECT a.id, row_number() OVER (ORDER BY a.title) - 1 AS n FROM actions a JOIN orientations o ON o.id = a.orientation_id WHERE o.plan_id = $1),
            p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organizations WHERE name LIKE format('Partenaire %s %%', $1::text)),
            s AS (SELECT g, (ARRAY['PROPOSED','ACCEPTED','IN_PROGRESS','IN_PROGRESS','AT_RISK','DONE','DONE','ABANDONED'])[1 + (g / 7) % 8] AS status
                    FROM generate_series(0, $2::int - 1) g)
       INSERT INTO commitments (plan_id, action_id, organization_id, title, details, due_on, status, progress, abandon_reason, version)
       SELECT $1, a.id, p.id, format('Engagement %s : organiser des rencontres', s.g), 'Détails', current_date + (s.g % 730 - 365),
              s.status, CASE s.status WHEN 'DONE' THEN 100 WHEN 'PROPOSED' THEN 0 ELSE (s.g * 7) % 100 END,
              CASE WHEN s.status = 'ABANDONED' THEN 'Plus de financement' END, 1
         FROM s JOIN a ON a.n = s.g % ($3::int * 9 / 10) JOIN p ON p.n = (s.g / 3) % $4`,
      [plan.id, size.commitments, size.actions, PARTNERS],
    );
    const perCommitment = Math.max(1, Math.round(size.progressUpdates / size.commitments));
    await ds.query(
      `INSERT INTO progress_updates (commitment_id, author_id, created_at, status, previous_status, progress, previous_progress, note)
       SELECT c.id, $2, now() - (k * interval '20 days'), c.status, c.status, greatest(0, c.progress - k * 5), greatest(0, c.progress - k * 5 - 5), 'Point d’étape'
         FROM commitments c CROSS JOIN generate_series(0, $3::int - 1) k WHERE c.plan_id = $1`,
      [plan.id, chair.id, perCommitment],
    );
    await ds.query(
      `INSERT INTO indicators (plan_id, action_id, name, baseline, target, direction, version)
       SELECT $1, a.id, format('Indicateur %s', k), CASE k WHEN 1 THEN 0 ELSE 100 END, CASE k WHEN 1 THEN 50 ELSE 20 END,
              CASE k WHEN 1 THEN 'UP_IS_GOOD' ELSE 'DOWN_IS_GOOD' END, 1
         FROM actions a JOIN orientations o ON o.id = a.orientation_id CROSS JOIN generate_series(1, $2::int) k WHERE o.plan_id = $1`,
      [plan.id, INDICATORS_PER_ACTION],
    );
    const perIndicator = Math.max(1, Math.round(size.measurements / (size.actions * INDICATORS_PER_ACTION)));
    await ds.query(
      `INSERT INTO measurements (indicator_id, measured_on, value, source, version)
       SELECT i.id, current_date - k * 30, CASE i.direction WHEN 'UP_IS_GOOD' THEN 40 - k ELSE 30 + k END, 'Enquête', 1
         FROM indicators i CROSS JOIN generate_series(0, $2::int - 1) k WHERE i.plan_id = $1`,
      [plan.id, perIndicator],
    );
    await ds.query('ANALYZE');
    const [{ organization_id: organizationId }] = await ds.query('SELECT organization_id FROM commitments WHERE plan_id = $1 LIMIT 1', [plan.id]);
    const [{ id: orientationId }] = await ds.query('SELECT id FROM orientations WHERE plan_id = $1 AND number = 2', [plan.id]);
    return { planId: plan.id, chairCookie: `trame_session=${token}`, organizationId, orientationId };
  } finally {
    await ds.destroy();
  }
}
