// A data table with a caption for screen readers and one header row: the shape every list
// page shares. Rows are passed as children (<tr>…</tr>).
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

type TTableProps = {
  caption: string;
  headers: ReactNode[];
  children: ReactNode;
  /** Cell padding: "compact" inside cards with their own padding, "padded" for edge-to-edge tables. */
  density?: "compact" | "padded";
};

export function Table({ caption, headers, children, density = "compact" }: TTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className={cn("w-full text-left text-sm", density === "padded" ? "[&_td]:px-4 [&_td]:py-3 [&_th]:px-4 [&_th]:py-3" : "[&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4")}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
