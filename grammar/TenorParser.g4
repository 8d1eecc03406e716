// TenorParser.g4 - the syntax of Tenor (LANGUAGE.md sections 2-6).
//
// The grammar holds no actions. Alternatives that match a frequent mistake
// (`&&`, `=` for `==`, chained comparisons, a reserved word as a name) are
// part of the grammar so that parse/AstBuilder can report them in plain words
// instead of letting ANTLR guess a recovery.
//
// Every block item starts with a keyword or with `name:`, which is what lets
// newlines be plain white space.
parser grammar TenorParser;

options { tokenVocab = TenorLexer; }

// ---- modules -------------------------------------------------------------------
module : (importDecl | topDecl)* EOF ;

importDecl : IMPORT (qualifiedName | STRING) (AS name)? ;

topDecl
  : agreementDecl
  | schemaDecl
  | enumDecl
  | calendarDecl
  | fnDecl
  | constDecl
  ;

title : STRING ;

// ---- declarations outside an agreement ---------------------------------------
enumDecl   : ENUM declName title? LBRACE enumMember (COMMA enumMember)* COMMA? RBRACE ;
enumMember : declName title? ;

schemaDecl : SCHEMA declName title? LBRACE fieldDecl* RBRACE ;

// `name ["title"]: type [in unit] [= derived expression]`
fieldDecl : declName title? COLON typeRef (ASSIGN expr)? ;
typeRef   : qualifiedName QUESTION? (IN name)? ;

calendarDecl : CALENDAR declName title? LBRACE calendarItem* RBRACE ;
calendarItem
  : TIMEZONE STRING                                  # calendarTimezone
  | dayList TIME_OF_DAY MINUS TIME_OF_DAY            # calendarHours
  | EXCEPT dateSpec (COMMA dateSpec)*                # calendarExcept
  ;
dayList  : name DOTDOT name | name (COMMA name)* ;
dateSpec : DATE (DOTDOT DATE)? ;

fnDecl    : FN declName LPAREN (fnParam (COMMA fnParam)*)? RPAREN ARROW typeRef ASSIGN expr ;
fnParam   : declName COLON typeRef ;
constDecl : CONST declName (COLON typeRef)? ASSIGN expr ;

// ---- the agreement ---------------------------------------------------------------
agreementDecl : AGREEMENT declName title? LBRACE agreementItem* RBRACE ;

agreementItem
  : versionItem | kindItem | effectiveItem | timezoneItem | currencyItem
  | incorporatesItem | partiesItem | serviceDecl | dataDecl | paramDecl
  | metricDecl | objectiveDecl | obligationDecl | dutyDecl | excludeDecl
  | remedyDecl | holdbackDecl | totalCapDecl | reportDecl | terminationDecl
  | clauseDecl | reviewItem
  ;

versionItem      : VERSION STRING ;
kindItem         : KIND name ;
effectiveItem    : EFFECTIVE DATE (UNTIL DATE)? ;
timezoneItem     : TIMEZONE STRING ;
currencyItem     : CURRENCY name ;
incorporatesItem : INCORPORATES qualifiedName ;

partiesItem : PARTIES LBRACE partyDecl* RBRACE ;
partyDecl   : role=name declName STRING ;

serviceDecl : SERVICE declName title? (LBRACE serviceItem* RBRACE)? ;
serviceItem
  : STRING                                          # serviceDescription
  | HOURS (ROUND_THE_CLOCK | qualifiedName)         # serviceHours
  ;

// `every D` makes the dataset sampled (LANGUAGE.md 11.2), also after a schema.
dataDecl : DATA declName title? (COLON qualifiedName dataEvery? | LBRACE dataItem* RBRACE) ;
dataItem
  : fieldDecl                                       # dataField
  | TIME name                                       # dataTimeKey
  | dataEvery                                       # dataSampled
  ;
dataEvery : EVERY span ;

paramDecl  : PARAM declName title? COLON typeRef (ASSIGN expr)? ;
metricDecl : METRIC declName title? COLON typeRef ASSIGN expr ;

objectiveDecl : OBJECTIVE declName title? LBRACE objectiveItem* RBRACE ;
objectiveItem
  : BY name                                         # objectiveBy
  | FOR name (COMMA name)*                          # objectiveFor
  | TARGET expr                                     # objectiveTarget
  | window                                          # objectiveWindow
  | IF NO DATA COLON name                           # objectiveNoData
  | IF INCOMPLETE COLON name                        # objectiveIncomplete
  ;

window     : EVERY (ROLLING QUANTITY | NUMBER? windowUnit) ;
windowUnit : DAY | WEEK | MONTH | QUARTER | YEAR ;
// A calendar span (`2 months`) or a duration (`30 d`).
span       : NUMBER? windowUnit | QUANTITY ;

obligationDecl : OBLIGATION declName title? LBRACE obligationItem* RBRACE ;
obligationItem
  : BY name                                         # obligationBy
  | EACH filterExpr                                 # obligationEach
  | MUST mustClause                                 # obligationMust
  | TARGET expr                                     # obligationTarget
  | window                                          # obligationWindow
  | ON BREACH OF name                               # obligationTrigger
  ;
mustClause
  : DELIVER STRING WITHIN expr                      # mustDeliver
  | expr (WITHIN expr (BUSINESS DAY)? (IN name)? AFTER expr)? # mustCondition
  ;

dutyDecl    : DUTY name STRING ;
excludeDecl : EXCLUDE declName title? LBRACE excludeItem* RBRACE ;
excludeItem
  : FROM filterExpr                                 # excludeFrom
  | DURING filterExpr                               # excludeDuring
  | STRING                                          # excludeDescription
  ;

remedyDecl : (CREDIT | PENALTY | BONUS) declName title? LBRACE remedyItem* RBRACE ;
remedyItem
  : FOR name                                        # remedyFor
  | BASE expr                                       # remedyBase
  | BY expr LBRACE tier* RBRACE                     # remedyTiers
  | AMOUNT expr                                     # remedyAmount
  | CAP expr                                        # remedyCap
  | MINIMUM expr                                    # remedyMinimum
  | CLAIM WITHIN span                               # remedyClaim
  ;
// A threshold holds no top-level `and`/`or`, so that `and` can join two
// conditions into a range (`at most 99.9% and at least 99.0%: 10%`).
tier          : tierCondition notExpr (AND tierCondition notExpr)? COLON expr ;
tierCondition : BELOW | ABOVE | AT LEAST | AT MOST ;

holdbackDecl : HOLDBACK declName title? LBRACE holdbackItem* RBRACE ;
holdbackItem
  : BASE expr                                       # holdbackBase
  | AMOUNT expr                                     # holdbackAmount
  | RELEASED IF condition                           # holdbackRelease
  ;

// `cap total credits, penalties 15% of monthly_fee per month`
totalCapDecl : CAP TOTAL name (COMMA name)* expr (OF expr)? PER windowUnit ;

reportDecl : REPORT declName title? LBRACE reportItem* RBRACE ;
reportItem
  : BY name                                         # reportBy
  | TO name (COMMA name)*                           # reportTo
  | window                                          # reportWindow
  | DUE expr AFTER expr                             # reportDue
  | INCLUDE name (COMMA name)*                      # reportInclude
  ;

terminationDecl : TERMINATION LBRACE terminationItem* RBRACE ;
terminationItem
  : NOTICE expr                                                        # terminationNotice
  | name MAY TERMINATE (IF condition | FOR CONVENIENCE) (WITH NOTICE expr)? # terminationRight
  ;

// `SUBJECT breached|met N consecutive PERIODS | N of last M PERIODS | over term`
condition     : conditionSubject (BREACHED | MET) conditionSpan ;
conditionSubject : ALL OBJECTIVES | ANY OBJECTIVE | name ;
conditionSpan
  : NUMBER CONSECUTIVE windowUnit                   # consecutiveSpan
  | NUMBER OF LAST NUMBER windowUnit                # ofLastSpan
  | OVER TERM                                       # overTermSpan
  ;

clauseDecl : CLAUSE declName title? (STRING | LONG_STRING) ;
reviewItem : REVIEW window ;

// ---- expressions, loosest first (LANGUAGE.md section 2) ----------------------------
filterExpr : expr (WHERE expr)? ;

expr
  // An `else if` chain is a loop, not a recursion, so that its length is
  // not the parser's depth; the last `else` is not an `if` (that would be
  // the loop), which keeps the choice to one token of lookahead.
  : IF expr THEN expr (ELSE IF expr THEN expr)* ELSE orExpr # ifExpr
  | orExpr                                          # plainExpr
  ;
orExpr  : andExpr ((OR | PIPEPIPE) andExpr)* ;
andExpr : notExpr ((AND | AMPAMP) notExpr)* ;
notExpr : (NOT | BANG) notExpr | cmpExpr ;
cmpExpr
  : coalesceExpr
    ( cmpOp coalesceExpr (cmpOp coalesceExpr)*      // more than one: chained, an error
    | ASSIGN coalesceExpr                           // `=` written for `==`, an error
    | IN LBRACE expr (COMMA expr)* RBRACE
    | IS NOT? MISSING
    )?
  ;
cmpOp        : EQ | NE | LT | LE | GT | GE ;
coalesceExpr : addExpr (QQ addExpr)* ;
addExpr      : mulExpr ((PLUS | MINUS) mulExpr)* ;
mulExpr      : unaryExpr ((STAR | SLASH) unaryExpr)* ;
unaryExpr    : MINUS unaryExpr | postfixExpr ;
postfixExpr  : primary (DOT name | LPAREN (argument (COMMA argument)*)? RPAREN)* ;
argument     : expr (WHERE expr)? ;
primary
  : NUMBER | PERCENT | QUANTITY | STRING | TRUE | FALSE | DATE | TIMESTAMP
  | name
  | LPAREN expr RPAREN
  ;

// ---- names -------------------------------------------------------------------------
qualifiedName : name (DOT name)* ;

// A declaration's own name: a reserved word here is a mistake worth naming.
declName : name | reservedWord ;
reservedWord : NOT | AND | OR | IN | IS | WHERE | IF | THEN | ELSE | TRUE | FALSE ;

name
  : IDENT
  | IMPORT | AS | AGREEMENT | SCHEMA | ENUM | CALENDAR | FN | CONST
  | VERSION | KIND | EFFECTIVE | UNTIL | TIMEZONE | CURRENCY | INCORPORATES
  | PARTIES | SERVICE | HOURS | DATA | TIME | PARAM | METRIC
  | OBJECTIVE | OBJECTIVES | BY | FOR | TARGET | EVERY | ROLLING | NO | INCOMPLETE
  | OBLIGATION | EACH | MUST | WITHIN | AFTER | DELIVER | ON | BREACH | OF
  | DUTY | EXCLUDE | FROM | DURING | CREDIT | PENALTY | BONUS | HOLDBACK
  | BASE | AMOUNT | CAP | MINIMUM | CLAIM | BELOW | ABOVE | AT | LEAST | MOST
  | RELEASED | TOTAL | PER | REPORT | TO | DUE | INCLUDE
  | TERMINATION | NOTICE | MAY | TERMINATE | CONVENIENCE | WITH | EITHER
  | BREACHED | MET | CONSECUTIVE | LAST | OVER | TERM | ALL | ANY
  | CLAUSE | REVIEW | EXCEPT | MISSING
  | BUSINESS
  | DAY | WEEK | MONTH | QUARTER | YEAR
  ;
