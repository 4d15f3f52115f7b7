# The two commands: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3.10
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/tms-intake.tar.gz
SPACY_MODEL := var/spacy/en_tms_lemmas/meta.json
TRAINING_INPUTS := config.yml domain.yml tms_intake/linear_nlu.py tms_intake/intent_text.py $(sort $(shell find data -name '*.yml'))
# Changes only when the content of the training inputs changes, so the model is trained exactly then.
TRAINING_HASH := var/training-inputs.sha256
CRISIS_CLASSIFIER := models/crisis-classifier.joblib
CRISIS_CLASSIFIER_INPUTS := tms_intake/crisis_classifier.py tms_intake/crisis.py tms_intake/crisis_lexicon.py \
	safety/crisis_training.yml safety/form_answers.yml $(sort $(shell find data/nlu -name '*.yml'))

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONPATH := $(CURDIR)

.PHONY: run test train shell eval setup clean FORCE

run: $(MODEL) $(CRISIS_CLASSIFIER)
	$(BIN)/tms-intake serve

test: $(MODEL) $(CRISIS_CLASSIFIER)
	$(BIN)/pytest

train: $(MODEL) $(CRISIS_CLASSIFIER)

shell: $(MODEL) $(CRISIS_CLASSIFIER)
	$(BIN)/tms-intake shell

# The spaCy pipeline is only for the compared DIET pipeline that reads lemmas.
eval: $(MODEL) $(CRISIS_CLASSIFIER) $(SPACY_MODEL)
	$(BIN)/python -m tms_intake.evaluation

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; assert sys.version_info[:2] == (3, 10), "Rasa 3.6 needs Python 3.10, .venv has " + sys.version' 
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(SPACY_MODEL): tms_intake/spacy_model.py $(VENV)/.installed
	$(BIN)/python -m tms_intake.spacy_model

$(TRAINING_HASH): FORCE
	@mkdir -p $(@D)
	@cat $(TRAINING_INPUTS) | sha256sum > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

$(CRISIS_CLASSIFIER): $(CRISIS_CLASSIFIER_INPUTS) $(VENV)/.installed
	$(BIN)/python -m tms_intake.crisis_classifier

# The crisis detector in the pipeline loads the crisis classifier, so it must exist first. --force:
# Rasa's training cache knows the data and config but not the project's component code.
$(MODEL): $(TRAINING_HASH) $(VENV)/.installed | $(CRISIS_CLASSIFIER)
	$(BIN)/rasa train --force --fixed-model-name tms-intake --out models
	touch $@

clean:
	rm -rf models/*.tar.gz var results .rasa
