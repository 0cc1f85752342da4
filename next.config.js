/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build directory lets a parallel test run build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Cypher files are read from disk at run time; keep the server bundle from inlining the driver.
  serverExternalPackages: ['neo4j-driver'],
  typedRoutes: false,
};

export default nextConfig;
