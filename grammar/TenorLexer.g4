// TenorLexer.g4 - the tokens of Tenor (LANGUAGE.md section 2).
//
// Only the words in RESERVED below are reserved; every other keyword is
// contextual: the parser's `name` rule accepts it wherever a name may stand.
// Quantity literals (`15 min`) are formed after lexing, in parse/TokenStream,
// because "a unit on the same line" cannot be said in a lexer rule without
// also swallowing `3 consecutive months`.
//
// Malformed tokens (unterminated strings, stray characters, bad dates) are
// lexed as tokens of their own so that the parse stage reports them in our
// words and the lexer itself never fails.
lexer grammar TenorLexer;

channels { DOC_CHANNEL }

// Made by parse/TokenStream from a NUMBER and a unit on the same line.
tokens { QUANTITY }

// ---- comments and layout ----------------------------------------------------
MODULE_DOC  : '//!' ~[\r\n]*                  -> channel(DOC_CHANNEL);
DOC_COMMENT : '///' ( ~[/\r\n] ~[\r\n]* )?    -> channel(DOC_CHANNEL);
LINE_COMMENT: '//' ~[\r\n]*                   -> skip;
BLOCK_COMMENT: '/*' .*? '*/'                  -> skip;
// The unterminated forms must not contain the terminator, or longest-match
// would prefer them over the terminated token.
UNTERMINATED_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;
WS          : [ \t\r\n\f]+                    -> skip;

// ---- reserved words ----------------------------------------------------------
NOT   : 'not';
AND   : 'and';
OR    : 'or';
IN    : 'in';
IS    : 'is';
WHERE : 'where';
IF    : 'if';
THEN  : 'then';
ELSE  : 'else';
TRUE  : 'true';
FALSE : 'false';

// ---- contextual keywords (also valid names) -----------------------------------
IMPORT: 'import'; AS: 'as';
AGREEMENT: 'agreement'; SCHEMA: 'schema'; ENUM: 'enum'; CALENDAR: 'calendar';
FN: 'fn'; CONST: 'const';
VERSION: 'version'; KIND: 'kind'; EFFECTIVE: 'effective'; UNTIL: 'until';
TIMEZONE: 'timezone'; CURRENCY: 'currency'; INCORPORATES: 'incorporates';
PARTIES: 'parties'; SERVICE: 'service'; HOURS: 'hours';
DATA: 'data'; TIME: 'time'; PARAM: 'param'; METRIC: 'metric';
OBJECTIVE: 'objective'; OBJECTIVES: 'objectives'; BY: 'by'; FOR: 'for';
TARGET: 'target'; EVERY: 'every'; ROLLING: 'rolling'; NO: 'no';
INCOMPLETE: 'incomplete';
OBLIGATION: 'obligation'; EACH: 'each'; MUST: 'must'; WITHIN: 'within';
AFTER: 'after'; DELIVER: 'deliver'; ON: 'on'; BREACH: 'breach'; OF: 'of';
DUTY: 'duty'; EXCLUDE: 'exclude'; FROM: 'from'; DURING: 'during';
CREDIT: 'credit'; PENALTY: 'penalty'; BONUS: 'bonus'; HOLDBACK: 'holdback';
BASE: 'base'; AMOUNT: 'amount'; CAP: 'cap'; MINIMUM: 'minimum'; CLAIM: 'claim';
BELOW: 'below'; ABOVE: 'above'; AT: 'at'; LEAST: 'least'; MOST: 'most';
RELEASED: 'released'; TOTAL: 'total'; PER: 'per';
REPORT: 'report'; TO: 'to'; DUE: 'due'; INCLUDE: 'include';
TERMINATION: 'termination'; NOTICE: 'notice'; MAY: 'may'; TERMINATE: 'terminate';
CONVENIENCE: 'convenience'; WITH: 'with'; EITHER: 'either';
BREACHED: 'breached'; MET: 'met'; CONSECUTIVE: 'consecutive'; LAST: 'last';
OVER: 'over'; TERM: 'term'; ALL: 'all'; ANY: 'any';
CLAUSE: 'clause'; REVIEW: 'review'; EXCEPT: 'except'; MISSING: 'missing';
BUSINESS: 'business';
DAY: 'day' | 'days'; WEEK: 'week' | 'weeks'; MONTH: 'month' | 'months';
QUARTER: 'quarter' | 'quarters'; YEAR: 'year' | 'years';

// ---- literals ----------------------------------------------------------------
ROUND_THE_CLOCK: '24x7';
TIMESTAMP : DIGITS '-' DIGITS '-' DIGITS [Tt] DIGITS ':' DIGITS (':' DIGITS ('.' DIGITS)?)?
            ([Zz] | [+-] DIGITS ':' DIGITS)?;
// Any digits-dash-digits run is a date; parse/ checks its shape (`10-5` is an error).
DATE      : DIGITS '-' DIGITS ('-' DIGITS)*;
TIME_OF_DAY: DIGIT DIGIT ':' DIGIT DIGIT;
PERCENT   : NUMBER_BODY '%';
// `1e5`, `1_`, `1__0`: lexed whole so the message can name the mistake.
BAD_NUMBER: DIGITS ('.' DIGITS)? [eE] [+-]? DIGITS
          | [0-9] [0-9_]* '_' ('.' [0-9_]*)?
          | [0-9] [0-9_]* '.' [0-9_]* '_'
          | [0-9] [0-9_]* '__' [0-9_]*
          | [0-9] [0-9_]* '.' [0-9_]* '__' [0-9_]*;
NUMBER    : NUMBER_BODY;

LONG_STRING : '"""' .*? '"""';
UNTERMINATED_LONG_STRING : '"""' ( ~'"' | '"' ~'"' | '""' ~'"' )* ( '"' | '""' )? EOF;
STRING      : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"';
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )*;

IDENT : [A-Za-z_] [A-Za-z0-9_]*;

// ---- punctuation ---------------------------------------------------------------
LBRACE: '{'; RBRACE: '}'; LPAREN: '('; RPAREN: ')'; LBRACKET: '['; RBRACKET: ']';
COMMA: ','; COLON: ':'; DOTDOT: '..'; DOT: '.'; ARROW: '->'; QQ: '??'; QUESTION: '?';
EQ: '=='; NE: '!='; LE: '<='; GE: '>='; LT: '<'; GT: '>'; ASSIGN: '=';
PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/';
// Operators from other languages, lexed so the parser can name the right one.
AMPAMP: '&&'; PIPEPIPE: '||'; BANG: '!';

// Anything else is one bad character; the parse stage reports it.
BAD_CHAR : . ;

fragment DIGIT : [0-9];
fragment DIGITS: [0-9]+;
fragment NUMBER_BODY: DIGITS ('_' DIGITS)* ('.' DIGITS ('_' DIGITS)*)?;
