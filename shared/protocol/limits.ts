// Hard limits on what a client may send; the protocol document quotes them.
export const LIMITS = {
  /** Any inbound message, measured as JSON, in bytes. */
  messageBytes: 8_192,
  /** The WebSocket frame limit: larger frames close the connection. */
  frameBytes: 65_536,
  /** Inbound messages per connection, all types together: at most this many in any window. */
  messagesPerWindow: 100,
  messageWindowSeconds: 5,
  chatChars: 500,
  /** Chat: at most `chatBurst` messages in any `chatWindowSeconds` seconds. */
  chatBurst: 5,
  chatWindowSeconds: 10,
  nicknameChars: 24,
  titleChars: 40,
  proposalNoteChars: 300,
  /** A team's memo at the end of a class session. */
  memoChars: 3000,
  /** Orders in one list (a draft, one side of a proposal). */
  ordersPerList: 12,
  /** Pending proposals a role may have open at once. */
  openProposalsPerRole: 8,
  playersPerRole: 12,
  /** A classroom session: up to 40 students, so that 3 teams of 14 can hold them all. */
  classroomPlayersPerRole: 14,
  classroomStudents: 40,
  /** A dropped connection keeps its seat this long for Colyseus' reconnection. */
  reconnectSeconds: 120,
} as const;
