export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser would. */
export class ApiClient {
  cookie: string | null = null;
  lastResponse: Response | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.lastResponse = response;
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    return response.json() as Promise<GraphQLResponse<T>>;
  }

  /** The data, failing the test with the server's message when there were errors. */
  async data<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }

  /** The error code of a request expected to fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }

  async signIn(email: string, password: string) {
    await this.data('mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
      email,
      password,
    });
    return this;
  }
}

/** A client signed in as that person (factories give everyone the same password). */
export async function clientFor(baseUrl: string, person: { email: string }, password = 'correct-horse-battery') {
  return new ApiClient(baseUrl).signIn(person.email, password);
}
