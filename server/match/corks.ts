// Frames sent to one connection in the same turn of the event loop leave in one socket
// write. A resolution sends each member its resolution, new view, drafts and console one
// after another; uncorked, each frame is a system call of its own (most of a burst's time
// when every class of a school resolves at once). The socket is corked on the first frame
// and uncorked once the current work (and the promise callbacks it queued) is done.
import type { Client } from '@colyseus/core';

interface Corkable {
  cork(): void;
  uncork(): void;
  destroyed?: boolean;
}

const corked = new Set<Corkable>();

function uncorkAll(): void {
  for (const socket of corked) if (!socket.destroyed) socket.uncork();
  corked.clear();
}

/** Holds the client's socket until the end of this tick (ws' WebSocket keeps it as `_socket`). */
export function corkFor(client: Client): void {
  const socket = (client as unknown as { ref?: { _socket?: Corkable } }).ref?._socket;
  if (!socket || corked.has(socket)) return;
  if (!corked.size) process.nextTick(uncorkAll);
  socket.cork();
  corked.add(socket);
}
