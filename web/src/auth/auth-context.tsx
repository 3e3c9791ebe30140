import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiRequestError, apiFetch, SIGNED_OUT_EVENT, sendJson, setCsrfToken } from '../api/client.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { LoginPage } from './login-page.tsx';

export interface SignedInUser {
  id: number | null;
  username: string;
  displayName: string | null;
  role: 'admin' | 'planner' | 'reporter' | 'viewer';
  departmentIds: number[];
}

interface Me {
  user: SignedInUser;
  csrfToken: string | null;
  actions: string[];
}

interface AuthValue {
  user: SignedInUser;
  /** Whether the account may perform a policy action (plan.import, users.manage …). */
  may: (action: string) => boolean;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/** Shows the sign-in page until someone is signed in; then the app, with the account in context. */
export function AuthGate({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const accept = useCallback((value: Me | null) => {
    setCsrfToken(value?.csrfToken ?? null);
    setMe(value);
  }, []);
  useEffect(() => {
    apiFetch<Me>('/api/auth/me').then(accept, (error) => {
      if (error instanceof ApiRequestError && error.status === 401) accept(null);
      else accept(null);
    });
    const onSignedOut = () => accept(null);
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [accept]);
  const logout = useCallback(async () => {
    await sendJson('POST', '/api/auth/logout').catch(() => {});
    accept(null);
  }, [accept]);
  if (me === undefined) return <PageLoading />;
  if (me === null) return <LoginPage onSignedIn={accept} />;
  const value: AuthValue = { user: me.user, may: (action) => me.actions.includes(action), logout };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthGate');
  return value;
}
