import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildPerson, buildWorld, PASSWORD, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
});
afterAll(() => server.stop());

const ME = '{ me { id email displayName isAdmin } }';
const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';
const INVITE = `mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt person { id email } } }`;

describe('signing in and out', () => {
  it('signs in with email and password and sets an HttpOnly SameSite session cookie', async () => {
    const client = new ApiClient(server.url);
    expect((await client.data(ME)).me).toBeNull();
    await client.data(SIGN_IN, { email: world.people.member.email.toUpperCase(), password: PASSWORD });
    const cookie = client.lastResponse!.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^trame_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.data(ME)).me.id).toBe(world.people.member.id);
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown address', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.request(SIGN_IN, { email: world.people.observer.email, password: 'nope-nope-nope' });
    const unknown = await client.request(SIGN_IN, { email: 'personne@nulle.part', password: 'nope-nope-nope' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(client.cookie).toBeNull();
  });

  it('slows down repeated failures on one account, even with the right password afterwards', async () => {
    const person = await buildPerson(server.services.dataSource);
    const client = new ApiClient(server.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await client.errorCode(SIGN_IN, { email: person.email, password: `wrong-${attempt}` })).toBe('UNAUTHENTICATED');
    }
    const blocked = await client.request(SIGN_IN, { email: person.email, password: PASSWORD });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(/Réessayez dans \d+ secondes/);
  });

  it('signs out by revoking the session on the server, so a copied cookie stops working', async () => {
    const client = await clientFor(server.url, world.people.secretary);
    const copied = new ApiClient(server.url);
    copied.cookie = client.cookie;
    expect(await client.data('mutation { signOut }')).toEqual({ signOut: true });
    expect((await copied.data(ME)).me).toBeNull();
  });

  it('lists my sessions and lets me revoke another one', async () => {
    const laptop = await clientFor(server.url, world.people.observer);
    const phone = await clientFor(server.url, world.people.observer);
    const { mySessions } = await laptop.data('{ mySessions { id current userAgent } }');
    expect(mySessions.length).toBeGreaterThanOrEqual(2);
    const other = mySessions.find((session: { current: boolean }) => !session.current);
    expect(await laptop.data('mutation ($id: ID!) { revokeSession(id: $id) }', { id: other.id })).toEqual({ revokeSession: true });
    expect((await phone.data(ME)).me).toBeNull();
    expect((await laptop.data(ME)).me.id).toBe(world.people.observer.id);
  });

  it("refuses to revoke someone else's session and answers NOT_FOUND to unknown ones", async () => {
    const owner = await clientFor(server.url, world.people.chair);
    const { mySessions } = await owner.data('{ mySessions { id } }');
    const intruder = await clientFor(server.url, world.people.member);
    expect(await intruder.errorCode('mutation ($id: ID!) { revokeSession(id: $id) }', { id: mySessions[0].id })).toBe('FORBIDDEN');
    expect(await intruder.errorCode('mutation ($id: ID!) { revokeSession(id: $id) }', { id: 'x' })).toBe('NOT_FOUND');
  });
});

describe('invitations', () => {
  it('lets an admin invite someone into a body with a link that sets their password and signs them in', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    const { invitePerson } = await admin.data(INVITE, {
      input: { email: 'Nouvelle@Exemple.fr', displayName: 'Nouvelle Membre', memberships: [{ bodyId: world.body.id, role: 'MEMBER' }] },
    });
    expect(invitePerson.person.email).toBe('nouvelle@exemple.fr');
    const token = invitePerson.url.split('/invitation/')[1];
    expect(invitePerson.url).toMatch(/^http:\/\/localhost:\d+\/invitation\//);

    const guest = new ApiClient(server.url);
    const { invitation } = await guest.data('query ($t: String!) { invitation(token: $t) { email displayName } }', { t: token });
    expect(invitation).toEqual({ email: 'nouvelle@exemple.fr', displayName: 'Nouvelle Membre' });
    const ACCEPT = 'mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }';
    expect(await guest.errorCode(ACCEPT, { t: token, p: 'court' })).toBe('BAD_USER_INPUT');
    await guest.data(ACCEPT, { t: token, p: 'un-mot-de-passe-solide' });
    const { plan } = await guest.data('query ($id: ID!) { plan(id: $id) { id } }', { id: world.plan.id });
    expect(plan.id).toBe(world.plan.id);
    expect(await new ApiClient(server.url).errorCode(ACCEPT, { t: token, p: 'un-autre-mot-de-passe' })).toBe('BAD_USER_INPUT');
    await new ApiClient(server.url).signIn('nouvelle@exemple.fr', 'un-mot-de-passe-solide');
  });

  it('refuses invitations from non-admins, duplicates and malformed addresses', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const input = { email: 'quelquun@exemple.fr', displayName: 'Quelqu’un' };
    expect(await chair.errorCode(INVITE, { input })).toBe('FORBIDDEN');
    const admin = await clientFor(server.url, world.people.admin);
    expect(await admin.errorCode(INVITE, { input: { ...input, email: world.people.member.email } })).toBe('CONFLICT');
    expect(await admin.errorCode(INVITE, { input: { ...input, email: 'pas-une-adresse' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(INVITE, { input: { ...input, memberships: [{ bodyId: 'x', role: 'MEMBER' }] } })).toBe('NOT_FOUND');
    const { people } = await admin.data('query ($s: String) { people(search: $s) { totalCount } }', { s: 'quelquun' });
    expect(people.totalCount).toBe(0);
  });

  it('gives a fresh link to someone not yet activated, and refuses it for an active account', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    const { invitePerson } = await admin.data(INVITE, { input: { email: 'relance@exemple.fr', displayName: 'À relancer' } });
    const REINVITE = 'mutation ($id: ID!) { reinvitePerson(id: $id) { url } }';
    const { reinvitePerson } = await admin.data(REINVITE, { id: invitePerson.person.id });
    expect(reinvitePerson.url).not.toBe(invitePerson.url);
    expect(await admin.errorCode(REINVITE, { id: world.people.member.id })).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND to an unknown invitation token', async () => {
    const guest = new ApiClient(server.url);
    expect(await guest.errorCode('query { invitation(token: "inconnu") { email } }')).toBe('NOT_FOUND');
  });
});
