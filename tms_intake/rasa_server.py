"""Runs `rasa` (`python -m tms_intake.rasa_server run ...`) with the project's fix to Rasa 3.6, and with
every log record scrubbed of what people write (tms_intake.log_privacy).

Rasa checks every action server response with `jsonschema.validate`, which first checks the schema
itself against the JSON Schema metaschema: with jsonschema 4.17 that took 60% of the Rasa server's
time (profiled over REST). The fix checks responses against the same schema with a validator built
once, so a response Rasa would refuse is still refused, with the same error.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction

from tms_intake.log_privacy import keep_private_data_out_of_logs


@lru_cache(maxsize=1)
def response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    try:
        response_validator().validate(result)
    except ValidationError as error:
        error.message += ". Failed to validate Action server response from API."
        raise
    return True


def main() -> int:
    keep_private_data_out_of_logs()
    RemoteAction._validate_action_result = validate_action_result
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    return rasa_main()


if __name__ == "__main__":
    sys.exit(main())
