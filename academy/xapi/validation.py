"""Statements are checked against the xAPI specification before they are kept, with the
pydantic models of Ralph (ralph-malph, a maintained LRS), so the store holds valid ones only."""

from pydantic import ValidationError as PydanticError
from ralph.models.xapi.base.statements import BaseXapiStatement


class InvalidStatement(ValueError):
    pass


def statement_validate(statement: dict) -> None:
    """Raise InvalidStatement, naming what is wrong, unless `statement` is valid xAPI."""
    try:
        BaseXapiStatement.model_validate(statement)
    except PydanticError as error:
        raise InvalidStatement(str(error)) from None
