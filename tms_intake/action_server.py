"""Runs the action server (`python -m tms_intake.action_server --actions actions ...`): rasa_sdk's
own, with every action guarded and every log record scrubbed (tms_intake.log_privacy).

An action that raises would make rasa_sdk answer 500, and Rasa would log that reply, and with it the
conversation. Here the person gets an apology (utter_technical_problem) instead, the conversation
goes on, and the log gets the action's name and the error's class.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, Dict, Optional, Text

from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

from tms_intake.log_privacy import keep_private_data_out_of_logs

logger = logging.getLogger(__name__)
APOLOGY = "utter_technical_problem"
_run_action = ActionExecutor.run


async def run_guarded(self: ActionExecutor, action_call: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    try:
        return await _run_action(self, action_call)
    except (ActionExecutionRejection, ActionNotFoundException):
        raise  # rasa_sdk answers these itself, and Rasa expects them
    except Exception as error:
        logger.error("action %s failed: %s", action_call.get("next_action"), type(error).__name__)
        dispatcher = CollectingDispatcher()
        dispatcher.utter_message(response=APOLOGY)
        return {"events": [], "responses": dispatcher.messages}


def main() -> None:
    keep_private_data_out_of_logs()
    ActionExecutor.run = run_guarded
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()


if __name__ == "__main__":
    sys.exit(main())
