from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Vietnamese unless the member chose another language (the language cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many
    members' phones are set to English even though they read Vietnamese best.
    """

    def process_request(self, request):
        supported = {code for code, _name in settings.LANGUAGES}
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if code not in supported:
            code = settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()
