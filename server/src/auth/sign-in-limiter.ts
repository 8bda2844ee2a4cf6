import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { userError } from '../app/errors';

/**
 * Slows down password guessing: a few failures per account and per address are free, then
 * each attempt is refused until the window passes.
 */
export class SignInLimiter {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'account', points: 5, duration: 15 * 60 });
  private readonly perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: 20, duration: 15 * 60 });

  async assertAllowed(email: string, address: string) {
    const [account, ip] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [account, ip].filter(
      (state): state is RateLimiterRes => state !== null && state.remainingPoints <= 0,
    );
    if (blocked.length > 0) {
      const seconds = Math.ceil(Math.max(...blocked.map((state) => state.msBeforeNext)) / 1000);
      throw userError(
        'TOO_MANY_REQUESTS',
        `Trop de tentatives de connexion. Réessayez dans ${seconds} secondes.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  async recordFailure(email: string, address: string) {
    await Promise.all([
      this.perAccount.penalty(email, 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(email: string) {
    await this.perAccount.delete(email);
  }
}
