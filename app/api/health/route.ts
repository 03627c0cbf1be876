// Liveness: the process serves requests. Says nothing of the database, so an orchestrator does
// not restart healthy instances while PostgreSQL is briefly away (that is what /api/ready is for).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
