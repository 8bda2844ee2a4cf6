import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { Person } from '../people/person.entity';

/**
 * A fresh production database has nobody to invite the others: when TRAME_ADMIN_EMAIL and
 * TRAME_ADMIN_PASSWORD are set and no admin exists, create that first admin.
 */
export async function ensureFirstAdmin(dataSource: DataSource, email?: string, password?: string) {
  if (!email || !password) return false;
  const people = dataSource.getRepository(Person);
  if ((await people.countBy({ isAdmin: true })) > 0) return false;
  await people.save(
    people.create({ email: email.trim().toLowerCase(), displayName: 'Administration', isAdmin: true, passwordHash: await hashPassword(password) }),
  );
  return true;
}
