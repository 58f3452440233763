// A refused intent: thrown by a handler before it changes anything, turned into an
// `error` reply by the dispatcher.
import type { Text } from '../../shared/index.ts';
import type { ErrorCode, ErrorParams, ErrorReply } from '../../shared/protocol/index.ts';
import { errorMessage } from '../../shared/protocol/index.ts';

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** The engine's reason, when the engine refused. */
    readonly reason?: Text,
  ) {
    super(errorMessage(code, params));
  }
}

export function errorReply(refusal: Refusal, type?: string, rid?: string | number): ErrorReply {
  return {
    ...(type !== undefined ? { type } : {}),
    ...(rid !== undefined ? { rid } : {}),
    code: refusal.code,
    key: `error.${refusal.code}`,
    params: refusal.params,
    message: refusal.message,
    ...(refusal.reason ? { reason: refusal.reason } : {}),
  };
}
