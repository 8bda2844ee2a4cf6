import DataLoader from 'dataloader';
import { diffWordsWithSpace } from 'diff';
import { In } from 'typeorm';
import type { Context } from '../app/context';
import { badInput, conflict, forbidden, notFound } from '../app/errors';
import { isUuid } from '../app/lookup';
import { Contribution, ContributionKind, ContributionStatus } from '../contributions/contribution.entity';
import { ContributionChange, publishContribution } from '../contributions/contribution-events';
import { ContributionService } from '../contributions/contribution.service';
import { documentHub } from './document-hub';
import { type DocumentKey, keyString } from './document-kind';
import { resolveTarget } from './document-targets';
import { DocumentAmendment, UpdateOrigin } from './document.entity';
import type { ProposeAmendmentInput } from './document.inputs';
import { TextChange, TextDiffPart } from './document.types';

const LABEL = 'Amendement';
const normalized = (text: string) => text.replace(/\r\n?/g, '\n');

/** Per request: the current text of documents, and the amendment of contributions, batched. */
const requestLoaders = new WeakMap<Context, ReturnType<typeof createLoaders>>();
function createLoaders(context: Context) {
  const dataSource = context.app.dataSource;
  return {
    text: new DataLoader<string, string | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: { kind: string; entity_id: string; text: string }[] = await dataSource.query(
        'SELECT kind, entity_id, text FROM documents WHERE (kind, entity_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))',
        [pairs.map(([kind]) => kind), pairs.map(([, id]) => id)],
      );
      const texts = new Map(rows.map((row) => [`${row.kind}:${row.entity_id}`, row.text]));
      return keys.map((key) => texts.get(key) ?? null);
    }),
    byContribution: new DataLoader<string, DocumentAmendment | null>(async (ids) => {
      const rows = await dataSource.getRepository(DocumentAmendment).findBy({ contributionId: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.contributionId === id) ?? null);
    }),
  };
}
const loadersOf = (context: Context) => {
  let loaders = requestLoaders.get(context);
  if (!loaders) requestLoaders.set(context, (loaders = createLoaders(context)));
  return loaders;
};

/** A word-level diff, as the room reads it. */
export function wordDiff(from: string, to: string): TextDiffPart[] {
  return diffWordsWithSpace(from, to).map((part) =>
    Object.assign(new TextDiffPart(), {
      change: part.added ? TextChange.ADDED : part.removed ? TextChange.REMOVED : TextChange.SAME,
      text: part.value,
    }),
  );
}

/**
 * Suggestion mode: a member proposes a new text as an AMENDMENT contribution (the room can
 * discuss it and vote on it); a facilitator applies it to the live document, as one recorded
 * Yjs update, and the contribution is retained.
 */
export class AmendmentService {
  constructor(private readonly context: Context) {}

  async propose(input: ProposeAmendmentInput) {
    const viewer = this.context.access.requireViewer();
    const target = await resolveTarget(this.context, { kind: input.documentKind, entityId: input.entityId });
    const proposedText = normalized(input.proposedText);
    if (proposedText.length > target.maxLength) throw badInput(`Le texte proposé dépasse ${target.maxLength} caractères.`);
    const repository = this.context.app.dataSource.getRepository(DocumentAmendment);
    const existing = await repository.findOneBy({ contributionId: input.id });
    if (existing) {
      const contribution = await new ContributionService(this.context).get(existing.contributionId);
      const same = contribution.authorId === viewer.id && keyString(existing) === keyString(target) && existing.proposedText === proposedText;
      if (!same) throw conflict("Cet identifiant d'amendement est déjà pris par un autre amendement.");
      return existing;
    }
    const hub = await documentHub(this.context.app);
    await hub.store.open(target);
    const state = await hub.store.state(target);
    if (proposedText === state.text) throw badInput('Le texte proposé est identique au texte actuel.');
    await new ContributionService(this.context).post({
      id: input.id,
      planId: target.planId,
      kind: ContributionKind.AMENDMENT,
      text: input.explanation?.trim() || `Amendement à ${target.label}.`,
      ...target.contributionPlace(),
    });
    await repository
      .createQueryBuilder()
      .insert()
      .values({ contributionId: input.id, kind: target.kind, entityId: target.entityId, baseText: state.text, baseSeq: state.seq, proposedText })
      .orIgnore()
      .execute();
    return repository.findOneByOrFail({ contributionId: input.id });
  }

  /** Applies the proposed text to the document, recorded as the applier's update; the contribution is retained. */
  async apply(contributionId: string) {
    const viewer = this.context.access.requireViewer();
    const amendment = isUuid(contributionId) ? await loadersOf(this.context).byContribution.load(contributionId) : null;
    if (!amendment) throw notFound(LABEL);
    await new ContributionService(this.context).get(contributionId);
    const target = await resolveTarget(this.context, amendment);
    if (!(await target.mayEdit(this.context.access))) {
      throw forbidden('Seuls ceux qui peuvent modifier ce texte y appliquent un amendement.');
    }
    const hub = await documentHub(this.context.app);
    await hub.store.open(target);
    return hub.store.change(target, viewer.id, async (locked) => {
      const { tx } = locked;
      if (locked.entity.refusal) throw locked.entity.refusal;
      const current = await tx.findOneOrFail(DocumentAmendment, { where: { contributionId }, lock: { mode: 'pessimistic_write' } });
      if (current.appliedAt) throw conflict('Cet amendement a déjà été appliqué.');
      const contribution = await tx.findOneOrFail(Contribution, { where: { id: contributionId }, lock: { mode: 'pessimistic_write' } });
      if (contribution.status === ContributionStatus.DECLINED || contribution.status === ContributionStatus.MERGED) {
        throw conflict('Cet amendement a été écarté ou fusionné : il ne s’applique plus.');
      }
      locked.replaceText(current.proposedText);
      const stored = await locked.append({ origin: UpdateOrigin.AMENDMENT, authorIds: [viewer.id], amendmentId: contributionId });
      Object.assign(current, { appliedAt: new Date(), appliedById: viewer.id, appliedSeq: stored?.seq ?? locked.seq });
      await tx.save(current);
      contribution.status = ContributionStatus.RETAINED;
      contribution.statusReason ??= 'Amendement appliqué au texte.';
      await tx.save(contribution);
      await publishContribution(tx, contribution, ContributionChange.Updated, viewer.id);
      return current;
    });
  }

  /** A document's amendments, newest first; hidden ones only for those who may edit it. */
  async list(key: DocumentKey) {
    const target = await resolveTarget(this.context, key);
    const query = this.context.app.dataSource
      .getRepository(DocumentAmendment)
      .createQueryBuilder('a')
      .innerJoin(Contribution, 'c', 'c.id = a.contribution_id AND c.archived_at IS NULL')
      .where('a.kind = :kind AND a.entity_id = :entityId', { kind: target.kind, entityId: target.entityId });
    if (!(await target.mayEdit(this.context.access))) query.andWhere('c.hidden_at IS NULL');
    return query.orderBy('a.created_at', 'DESC').addOrderBy('a.contribution_id', 'ASC').getMany();
  }

  /** The document's current text, which amendments are compared with. */
  async currentText(amendment: DocumentAmendment) {
    return (await loadersOf(this.context).text.load(keyString(amendment))) ?? amendment.baseText;
  }

  forContribution(contribution: Contribution) {
    return contribution.kind === ContributionKind.AMENDMENT ? loadersOf(this.context).byContribution.load(contribution.id) : null;
  }
}
