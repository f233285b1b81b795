// An action process parses each options, config and results schema about
// once, where zod's JIT (a parser compiled per object schema with new
// Function) costs more than it saves: 10–20 % of a cold start on a tiny
// input (bench/coldstart.mjs). The interpreter gives the same results. zod
// decides when a schema is built, so every action entry imports this module
// first, before any module that builds one. The CLI and the worker keep the
// JIT: they parse large results and profiles too.
import { z } from 'zod';

z.config({ jitless: true });
