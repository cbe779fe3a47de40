// Lists the names a .d.ts entry exports, with value/type: node scripts/list-exports.mjs dist/index.d.ts
import ts from 'typescript';
const [,, file] = process.argv;
const program = ts.createProgram([file], { strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const sf = program.getSourceFile(file);
const mod = checker.getSymbolAtLocation(sf);
const rows = checker.getExportsOfModule(mod).map((s) => {
  const t = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  const kind = t.flags & (ts.SymbolFlags.Value) ? 'value' : 'type';
  return `${s.name}\t${kind}`;
}).sort();
console.log(rows.join('\n'));
