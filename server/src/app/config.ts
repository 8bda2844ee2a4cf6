/** Settings read from the environment, with the zero-setup defaults. */
export interface TrameConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  /** Stack traces and internal messages in error responses: only when NODE_ENV=development. */
  exposeErrorDetails: boolean;
  allowedOrigins: string[];
  publicUrl: string;
  sessionDays: number;
  /** How often live subscriptions re-check their sessions, in milliseconds. */
  sessionCheckMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): TrameConfig {
  const port = Number(env.PORT ?? 4000);
  const publicUrl = env.TRAME_PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TRAME_DATA_DIR ?? '.trame',
    production: env.NODE_ENV === 'production',
    exposeErrorDetails: env.NODE_ENV === 'development',
    allowedOrigins: (env.TRAME_ALLOWED_ORIGINS ?? publicUrl)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    publicUrl,
    sessionDays: Number(env.TRAME_SESSION_DAYS ?? 30),
    sessionCheckMs: Number(env.TRAME_SESSION_CHECK_MS ?? 2000),
  };
}
