import type { ReactNode } from 'react';
import { SignedInFrame } from '../signed-in-frame';

/** The signed-in pages open with who is signed in and where their work is. */
export default async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <>
      <SignedInFrame locale={locale} />
      {children}
    </>
  );
}
