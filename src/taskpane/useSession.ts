import { useSyncExternalStore } from 'react';
import type { CheckSession, SessionState } from './session/CheckSession';

/** The session's state as React state: re-renders on every change the session publishes. */
export function useSessionState(session: CheckSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
