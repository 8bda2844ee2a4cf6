import { parse as parseCookies } from 'cookie';
import type { IncomingMessage } from 'node:http';
import { IsNull } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { Context } from '../app/context';
import { inTransaction } from '../app/context';
import { badInput, forbidden, notFound, userError } from '../app/errors';
import { isUuid } from '../app/lookup';
import { Person } from '../people/person.entity';
import { Invitation } from './invitation.entity';
import { hashPassword, hashToken, newToken, verifyPassword } from './password';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'trame_session';
const INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The signed-in person of an HTTP request or a WebSocket upgrade, from the session cookie. */
export function authenticate(services: { dataSource: DataSource }, request: IncomingMessage) {
  const token = parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE];
  return resolveSession(services.dataSource, token);
}

/** Finds the signed-in person behind a session token, if the session is still valid. */
export async function resolveSession(dataSource: DataSource, token: string | undefined) {
  if (!token) return { viewer: null, session: null };
  const session = await dataSource
    .getRepository(Session)
    .createQueryBuilder('session')
    .innerJoinAndSelect('session.person', 'person')
    .where('session.token_hash = :hash', { hash: hashToken(token) })
    .andWhere('session.revoked_at IS NULL AND session.expires_at > now() AND person.archived_at IS NULL')
    .getOne();
  return session ? { viewer: session.person!, session } : { viewer: null, session: null };
}

/** Sign-in, sessions and invitations. */
export class AuthService {
  constructor(private readonly context: Context) {}

  async signIn(email: string, password: string) {
    const normalized = email.trim().toLowerCase();
    const { signInLimiter } = this.context.app;
    await signInLimiter.assertAllowed(normalized, this.context.clientAddress);
    const person = await this.context.app.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email AND person.archived_at IS NULL', { email: normalized })
      .getOne();
    if (!(await verifyPassword(password, person?.passwordHash ?? null)) || !person) {
      await signInLimiter.recordFailure(normalized, this.context.clientAddress);
      throw userError('UNAUTHENTICATED', 'Adresse ou mot de passe incorrect.');
    }
    await signInLimiter.recordSuccess(normalized);
    return this.openSession(person);
  }

  async signOut() {
    if (this.context.session) {
      await this.context.app.dataSource.getRepository(Session).update(this.context.session.id, { revokedAt: new Date() });
      this.context.app.sessions.forget(this.context.session.id);
    }
    this.context.cookies?.clearSession();
    return true;
  }

  mySessions() {
    const viewer = this.context.access.requireViewer();
    return this.context.app.dataSource.getRepository(Session).find({
      where: { personId: viewer.id, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async revokeSession(id: string) {
    const viewer = this.context.access.requireViewer();
    const sessions = this.context.app.dataSource.getRepository(Session);
    const session = isUuid(id) ? await sessions.findOneBy({ id }) : null;
    if (!session) throw notFound('Session');
    if (session.personId !== viewer.id && !viewer.isAdmin) throw forbidden();
    await sessions.update(session.id, { revokedAt: session.revokedAt ?? new Date() });
    this.context.app.sessions.forget(session.id);
    return true;
  }

  /** Creates an invitation for a person who has no password yet, and returns its link. */
  async invite(person: Person, tx = this.context.app.dataSource.manager) {
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
    await tx.save(
      tx.create(Invitation, { tokenHash: hashToken(token), personId: person.id, invitedById: this.context.viewer?.id ?? null, expiresAt }),
    );
    const url = `${this.context.app.config.publicUrl}/invitation/${token}`;
    return { person, url, expiresAt };
  }

  async previewInvitation(token: string) {
    const invitation = await this.findInvitation(token);
    const person = await this.context.loaders.person.load(invitation.personId);
    return { email: person!.email, displayName: person!.displayName, expiresAt: invitation.expiresAt };
  }

  async acceptInvitation(token: string, password: string, displayName?: string) {
    const invitation = await this.findInvitation(token);
    const passwordHash = await hashPassword(password);
    const person = await inTransaction(this.context, async (tx) => {
      const claimed = await tx.update(
        Invitation,
        { id: invitation.id, acceptedAt: IsNull() },
        { acceptedAt: new Date() },
      );
      if (!claimed.affected) throw badInput('Cette invitation a déjà été utilisée.');
      await tx.update(Person, invitation.personId, { passwordHash, ...(displayName ? { displayName } : {}) });
      return tx.findOneByOrFail(Person, { id: invitation.personId });
    });
    return this.openSession(person);
  }

  private async findInvitation(token: string) {
    const invitation = await this.context.app.dataSource.getRepository(Invitation).findOneBy({ tokenHash: hashToken(token) });
    if (!invitation) throw notFound('Invitation');
    if (invitation.acceptedAt) throw badInput('Cette invitation a déjà été utilisée : connectez-vous.');
    if (invitation.expiresAt.getTime() < Date.now()) {
      throw badInput("Cette invitation a expiré : demandez-en une nouvelle à l'administration.");
    }
    return invitation;
  }

  private async openSession(person: Person) {
    if (!this.context.cookies) throw badInput('La connexion se fait par HTTP, pas par WebSocket.');
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.context.app.config.sessionDays * DAY_MS);
    await this.context.app.dataSource.getRepository(Session).insert({
      tokenHash: hashToken(token),
      personId: person.id,
      expiresAt,
      userAgent: this.context.userAgent?.slice(0, 300) ?? null,
    });
    this.context.cookies.setSession(token, expiresAt);
    return person;
  }
}
