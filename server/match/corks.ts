// Frames sent to one connection in one batch of sends leave in one socket write. A
// resolution sends each member its resolution, new view, drafts and console one after
// another; uncorked, each frame is a system call of its own (most of a burst's time when
// every class of a school resolves at once). A batch is synchronous: the sockets it corked
// are uncorked before it returns, so nothing can close a socket while its frames wait.
import type { Client } from '@colyseus/core';

interface Corkable {
  cork(): void;
  uncork(): void;
  destroyed?: boolean;
}

const corked = new Set<Corkable>();
let depth = 0;

/** Runs `send`; frames it sends to the same connection (corkFor) go out together at its end. */
export function inOneWrite(send: () => void): void {
  depth++;
  try {
    send();
  } finally {
    if (--depth === 0) {
      for (const socket of corked) if (!socket.destroyed) socket.uncork();
      corked.clear();
    }
  }
}

/** Inside inOneWrite, holds the client's socket until the batch ends (ws' WebSocket keeps it as `_socket`). */
export function corkFor(client: Client): void {
  if (!depth) return;
  const socket = (client as unknown as { ref?: { _socket?: Corkable } }).ref?._socket;
  if (!socket || corked.has(socket)) return;
  socket.cork();
  corked.add(socket);
}
