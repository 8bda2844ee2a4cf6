import { badInput } from '../app/errors';
import { keyString } from './document-kind';
import type { DocumentStore } from './document-store';
import type { LockedDocument } from './locked-document';
import type { DocumentTarget } from './document-targets';
import { UpdateOrigin } from './document.entity';

interface Push {
  update: Uint8Array;
  clientId: string;
  authorId: string;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

interface Window {
  target: DocumentTarget;
  pushes: Push[];
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  lastFlushAt: number;
}

const malformed = () => badInput("Cette modification du texte est illisible ou incohérente : rechargez le document.");

/**
 * Gathers the updates pushed to one document and stores them as one merged update at most
 * once per window, so a burst of keystrokes from many editors costs one transaction and one
 * broadcast per window instead of one per key (per-keystroke broadcasts grow as N² with N
 * editors). A push to a quiet document is stored at once; the next ones wait for the window
 * to end. Each push resolves once stored.
 */
export class DocumentBatcher {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly store: DocumentStore,
    private readonly windowMs = 40,
  ) {}

  /** Resolves with the document's seq once the update is stored (or was already there). */
  push(target: DocumentTarget, update: Uint8Array, clientId: string, authorId: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const key = keyString(target);
      let window = this.windows.get(key);
      if (!window) {
        window = { target, pushes: [], timer: null, running: null, lastFlushAt: 0 };
        this.windows.set(key, window);
      }
      window.pushes.push({ update, clientId, authorId, resolve, reject });
      this.schedule(key, window);
    });
  }

  private schedule(key: string, window: Window) {
    if (window.timer || window.running) return;
    window.timer = setTimeout(() => {
      window.timer = null;
      window.lastFlushAt = Date.now();
      const pushes = window.pushes.splice(0);
      window.running = this.commit(window.target, pushes).finally(() => {
        window.running = null;
        if (window.pushes.length > 0) this.schedule(key, window);
        else this.forgetLater(key, window);
      });
    }, Math.max(0, window.lastFlushAt + this.windowMs - Date.now()));
  }

  /** Kept until its window ends, so a push right after a flush still waits for the window. */
  private forgetLater(key: string, window: Window) {
    setTimeout(() => {
      if (window.pushes.length === 0 && !window.timer && !window.running) this.windows.delete(key);
    }, this.windowMs).unref();
  }

  private async commit(target: DocumentTarget, pushes: Push[]) {
    try {
      const { rejected, seq } = await this.store.change(target, pushes[0].authorId, async (locked) => {
        if (locked.entity.refusal) return { rejected: new Map(pushes.map((push) => [push, locked.entity.refusal!])), seq: locked.seq };
        const rejected = await applyAll(locked, pushes);
        const accepted = pushes.filter((push) => !rejected.has(push));
        await locked.append({
          origin: UpdateOrigin.EDIT,
          authorIds: [...new Set(accepted.map((push) => push.authorId))],
          clientIds: [...new Set(accepted.map((push) => push.clientId))],
        });
        return { rejected, seq: locked.seq };
      });
      for (const push of pushes) {
        const error = rejected.get(push);
        if (error) push.reject(error);
        else push.resolve(seq);
      }
    } catch (error) {
      for (const push of pushes) push.reject(error);
    }
  }
}

/**
 * Applies the pushes in order; a malformed one, or the one that takes the text past its
 * maximum length, is refused and the others are applied again without it.
 */
async function applyAll(locked: LockedDocument, pushes: Push[]) {
  const rejected = new Map<Push, Error>();
  for (;;) {
    const accepted: Push[] = [];
    let refused: Push | null = null;
    for (const push of pushes) {
      if (rejected.has(push)) continue;
      if (!locked.tryApply(push.update)) {
        refused = push;
        rejected.set(push, malformed());
        break;
      }
      accepted.push(push);
    }
    if (!refused) {
      if (accepted.length === 0 || locked.text().length <= locked.target.maxLength) return rejected;
      refused = accepted.at(-1)!;
      rejected.set(refused, badInput(`Le texte dépasserait ${locked.target.maxLength} caractères.`));
    }
    await locked.rebuild();
  }
}
