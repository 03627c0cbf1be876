// Structured JSON logs (pino). Never log passwords, tokens or answers.
import "server-only";
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "mamori" },
  redact: ["password", "passwordHash", "token", "*.password", "*.token"],
});
