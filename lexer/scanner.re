// re2c rules for minipy's raw lexemes: each action only names a token kind and its end.
//
// Indentation, bracket depth, line joining and error reporting live in lexer.cpp; this file
// recognises one lexeme at a time. The buffer ends with a NUL sentinel (yyfill is disabled), so
// no rule may consume a NUL. The input is UTF-8 (re2c runs with --utf8); identifiers use the
// Unicode categories of PEP 3131 (XID_Start ~ L, Nl, '_'; XID_Continue adds Mn, Mc, Nd, Pc).
#include "lexer/scanner.hpp"

namespace minipy {

/*!include:re2c "unicode_categories.re" */

ScanResult scan_lexeme(unsigned char const* cursor)
{
    unsigned char const* marker = cursor;
#define RESULT(k) return ScanResult { TokenKind::k, cursor }
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cursor;
    re2c:define:YYMARKER = marker;
    re2c:yyfill:enable = 0;

    id_start = L | Nl | "_";
    id_continue = id_start | Mn | Mc | Nd | Pc;
    identifier = id_start id_continue*;

    prefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];
    single_sq = "'" ([^'\\\n\x00] | "\\" [^\x00])* "'";
    single_dq = "\"" ([^"\\\n\x00] | "\\" [^\x00])* "\"";
    triple_sq = "'''" ("'"? "'"? ([^'\\\x00] | "\\" [^\x00]))* "'''";
    triple_dq = "\"\"\"" ("\""? "\""? ([^"\\\x00] | "\\" [^\x00]))* "\"\"\"";

    "\x00" { RESULT(Nul); }
    [ \t\f]+ { RESULT(Whitespace); }
    "#" [^\n\x00]* { RESULT(Comment); }
    "\n" { RESULT(LineBreak); }
    "\\\n" { RESULT(Continuation); }
    "\\" { RESULT(BadContinuation); }
    [0-9] | "." [0-9] { RESULT(NumberStart); }

    prefix? (single_sq | single_dq | triple_sq | triple_dq) { RESULT(String); }
    prefix? ['"] { RESULT(UnterminatedString); }
    prefix? ("'''" | "\"\"\"") { RESULT(UnterminatedTriple); }

    "False" { RESULT(KwFalse); }
    "None" { RESULT(KwNone); }
    "True" { RESULT(KwTrue); }
    "and" { RESULT(KwAnd); }
    "as" { RESULT(KwAs); }
    "assert" { RESULT(KwAssert); }
    "async" { RESULT(KwAsync); }
    "await" { RESULT(KwAwait); }
    "break" { RESULT(KwBreak); }
    "class" { RESULT(KwClass); }
    "continue" { RESULT(KwContinue); }
    "def" { RESULT(KwDef); }
    "del" { RESULT(KwDel); }
    "elif" { RESULT(KwElif); }
    "else" { RESULT(KwElse); }
    "except" { RESULT(KwExcept); }
    "finally" { RESULT(KwFinally); }
    "for" { RESULT(KwFor); }
    "from" { RESULT(KwFrom); }
    "global" { RESULT(KwGlobal); }
    "if" { RESULT(KwIf); }
    "import" { RESULT(KwImport); }
    "in" { RESULT(KwIn); }
    "is" { RESULT(KwIs); }
    "lambda" { RESULT(KwLambda); }
    "nonlocal" { RESULT(KwNonlocal); }
    "not" { RESULT(KwNot); }
    "or" { RESULT(KwOr); }
    "pass" { RESULT(KwPass); }
    "raise" { RESULT(KwRaise); }
    "return" { RESULT(KwReturn); }
    "try" { RESULT(KwTry); }
    "while" { RESULT(KwWhile); }
    "with" { RESULT(KwWith); }
    "yield" { RESULT(KwYield); }
    identifier { RESULT(Name); }

    "(" { RESULT(LPar); }
    ")" { RESULT(RPar); }
    "[" { RESULT(LSqb); }
    "]" { RESULT(RSqb); }
    "{" { RESULT(LBrace); }
    "}" { RESULT(RBrace); }
    ":" { RESULT(Colon); }
    "," { RESULT(Comma); }
    ";" { RESULT(Semi); }
    "+" { RESULT(Plus); }
    "-" { RESULT(Minus); }
    "*" { RESULT(Star); }
    "/" { RESULT(Slash); }
    "|" { RESULT(VBar); }
    "&" { RESULT(Amper); }
    "<" { RESULT(Less); }
    ">" { RESULT(Greater); }
    "=" { RESULT(Equal); }
    "." { RESULT(Dot); }
    "%" { RESULT(Percent); }
    "==" { RESULT(EqEqual); }
    "!=" { RESULT(NotEqual); }
    "<=" { RESULT(LessEqual); }
    ">=" { RESULT(GreaterEqual); }
    "~" { RESULT(Tilde); }
    "^" { RESULT(Circumflex); }
    "<<" { RESULT(LeftShift); }
    ">>" { RESULT(RightShift); }
    "**" { RESULT(DoubleStar); }
    "+=" { RESULT(PlusEqual); }
    "-=" { RESULT(MinEqual); }
    "*=" { RESULT(StarEqual); }
    "/=" { RESULT(SlashEqual); }
    "%=" { RESULT(PercentEqual); }
    "&=" { RESULT(AmperEqual); }
    "|=" { RESULT(VBarEqual); }
    "^=" { RESULT(CircumflexEqual); }
    "<<=" { RESULT(LeftShiftEqual); }
    ">>=" { RESULT(RightShiftEqual); }
    "**=" { RESULT(DoubleStarEqual); }
    "//" { RESULT(DoubleSlash); }
    "//=" { RESULT(DoubleSlashEqual); }
    "@" { RESULT(At); }
    "@=" { RESULT(AtEqual); }
    "->" { RESULT(RArrow); }
    "..." { RESULT(Ellipsis); }
    ":=" { RESULT(ColonEqual); }
    "!" { RESULT(Exclamation); }

    [$?`] { RESULT(Unknown); }
    [\x01-\x08\x0b\x0d-\x1f\x7f] | ((Z | C) \ [\x00-\x7f]) { RESULT(NonPrintable); }
    [\x80-\U0010FFFF] { RESULT(InvalidCharacter); }
    * { RESULT(InvalidByte); }
    */
#undef RESULT
}

} // namespace minipy
