// The tests' factories are the demo seed's: they live in lib/demo/factories.ts (decision 045).
export * from "@/lib/demo/factories";
