/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build directory lets a parallel test run build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Cypher files are read from disk at run time; keep the server bundle from inlining the driver.
  serverExternalPackages: ['neo4j-driver'],
  typedRoutes: false,
  experimental: {
    // proxy.ts makes Next buffer request bodies, 10 MB by default and silently truncated beyond: a little over
    // the 50 MB upload limit (MAX_UPLOAD_BYTES in lib/schemas/extraction.ts), so the route still sees and refuses
    // an oversized upload.
    proxyClientMaxBodySize: 51 * 1024 * 1024,
  },
};

export default nextConfig;
