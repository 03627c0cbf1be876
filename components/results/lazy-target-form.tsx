"use client";
// The target form, fetched when it is shown: only assessors of an open assessment get it, and
// its code (with zod's) would otherwise load with every dashboard.
import dynamic from "next/dynamic";

export const TargetForm = dynamic(() => import("./target-form").then((module) => module.TargetForm));
