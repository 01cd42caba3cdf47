#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "salon.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalcom, "salon.calcom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "salon.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEventMaps, "salon.eventmaps", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "salon.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "salon.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "salon.ui", QtInfoMsg)
