import Link from 'next/link';
import './globals.css';

// Paths outside any locale (rare: the proxy redirects most of them). Bilingual on purpose.
export default function RootNotFound() {
  return (
    <html lang="lv">
      <body className="mx-auto max-w-xl p-8">
        <h1 className="text-2xl font-bold">Lapa nav atrasta</h1>
        <p lang="en">Page not found.</p>
        <p className="mt-4">
          <Link href="/lv" className="text-brand-700 underline">
            Uz sākumlapu
          </Link>
        </p>
      </body>
    </html>
  );
}
