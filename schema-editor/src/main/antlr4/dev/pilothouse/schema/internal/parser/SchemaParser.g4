// Parser for GraphQL documents as Harper reads schema.graphql: the type system (GraphQL spec §3) plus executable
// definitions (§2), which Harper's graphql-js parser accepts and then ignores. Where the spec and graphql-js differ,
// graphql-js wins because Harper uses it (e.g. `type A {}` is an error: a field list needs one field).
parser grammar SchemaParser;

options { tokenVocab = SchemaLexer; }

document: definition* EOF;

definition
    : schemaDefinition
    | typeDefinition
    | directiveDefinition
    | typeExtension
    | schemaExtension
    | operationDefinition
    | fragmentDefinition
    ;

// §3.3 Schema
schemaDefinition: description? SCHEMA directives? LBRACE rootOperationType+ RBRACE;
schemaExtension: EXTEND SCHEMA directives? (LBRACE rootOperationType+ RBRACE)?;
rootOperationType: operationType COLON namedType;
operationType: QUERY | MUTATION | SUBSCRIPTION;

// §3.4 Types
typeDefinition
    : description? typeKeyword name implementsInterfaces? directives? typeBody?
    | description? UNION name directives? unionMembers?
    ;
typeExtension
    : EXTEND typeKeyword name implementsInterfaces? directives? typeBody?
    | EXTEND UNION name directives? unionMembers?
    ;
typeKeyword: TYPE | INTERFACE | INPUT | ENUM | SCALAR;
// Field, input-field and enum-value bodies share one shape; the converter checks which items fit the kind.
typeBody: LBRACE member+ RBRACE;
// The type after the colon is optional here so a half-typed field (`name: }`) recovers locally; the converter
// reports it.
member: description? name argumentsDefinition? (COLON type? defaultValue?)? directives?;

implementsInterfaces: IMPLEMENTS AMP? namedType (AMP namedType)*;
unionMembers: EQ PIPE? namedType (PIPE namedType)*;

argumentsDefinition: LPAREN inputValueDefinition+ RPAREN;
inputValueDefinition: description? name COLON type defaultValue? directives?;
// Values are optional after '=' and ':' so a half-typed argument recovers locally; the converter reports it.
defaultValue: EQ value?;

// §3.13 Directive definitions
directiveDefinition: description? DIRECTIVE AT name argumentsDefinition? REPEATABLE? ON directiveLocations;
directiveLocations: PIPE? name (PIPE name)*;

// §2.3-2.8 Executable definitions (accepted, reported as ignored by Harper)
operationDefinition: selectionSet | operationType name? variableDefinitions? directives? selectionSet;
fragmentDefinition: FRAGMENT name ON namedType directives? selectionSet;
variableDefinitions: LPAREN variableDefinition+ RPAREN;
variableDefinition: variable COLON type defaultValue? directives?;
selectionSet: LBRACE selection+ RBRACE;
selection
    : name (COLON name)? arguments? directives? selectionSet?
    | SPREAD (ON namedType)? directives? selectionSet
    | SPREAD name directives?
    ;

// §2.12 Directives and §2.6 Arguments
directives: directive+;
directive: AT name arguments?;
arguments: LPAREN argument+ RPAREN;
argument: name COLON value?;

// §2.9 Values
value
    : variable
    | INT
    | FLOAT
    | stringValue
    | TRUE
    | FALSE
    | NULL
    | name
    | LBRACK value* RBRACK
    | LBRACE objectField* RBRACE
    ;
objectField: name COLON value?;
variable: DOLLAR name;
// Unterminated strings are reported by the lexer pass; accepting them here keeps the rest of the file parsing.
stringValue: STRING | BLOCK_STRING | UNTERMINATED_STRING | UNTERMINATED_BLOCK_STRING;
description: stringValue;

// §2.11 Type references
type: (namedType | LBRACK type RBRACK) BANG?;
namedType: name;

// Keywords are valid names everywhere a name is expected (§2.1.9).
name
    : NAME | TYPE | INTERFACE | UNION | ENUM | INPUT | SCALAR | EXTEND | SCHEMA | DIRECTIVE | IMPLEMENTS
    | REPEATABLE | ON | TRUE | FALSE | NULL | QUERY | MUTATION | SUBSCRIPTION | FRAGMENT
    ;
