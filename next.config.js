/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Cypher files are read from disk at run time; keep the server bundle from inlining the driver.
  serverExternalPackages: ['neo4j-driver'],
  typedRoutes: false,
};

export default nextConfig;
